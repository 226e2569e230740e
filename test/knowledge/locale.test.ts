import { BODY_PARTS, bodyPartAnswer } from '../../lambda/knowledge';
import { safetyFullList, safetyQuestion } from '../../lambda/routine/safety-check';
import {
  AILMENTS,
  CONTRAINDICATIONS,
  PLACES,
  READING_IDS,
  RED_FLAGS,
  TOPICS,
  answerKeys,
  contraindicationsAnswer,
  guidedHold,
  placeAnswerKeys,
  readingParts,
  redFlagAnswer,
  topicAnswer,
  unknownAnswer,
  EXAMPLE_AILMENT_IDS,
  FOOT_QUESTION_KEYS,
  type Part,
} from '../../lambda/knowledge';
import { keyExists, keysIn, knowledge, speak, wordCount } from './helpers';

/** Every answer the domain can give, labelled for failure messages. */
function everyAnswer(): Array<[string, Part[]]> {
  const out: Array<[string, Part[]]> = [];
  for (const ailment of AILMENTS) {
    const answer = answerKeys(ailment);
    if (!answer) throw new Error(`no answer for ${ailment.id}`);
    out.push(
      [`${ailment.id} short`, answer.short],
      [`${ailment.id} more`, answer.more],
      [`${ailment.id} offer`, [answer.offer]],
    );
  }
  for (const place of PLACES) {
    const answer = placeAnswerKeys(place.id);
    const hold = guidedHold(place.id);
    if (!answer || !hold) throw new Error(`no answer for ${place.id}`);
    out.push([`${place.id} short`, answer.short], [`${place.id} more`, answer.more]);
    out.push([`${place.id} hold`, [...hold.intro, ...hold.segments.map((s) => s.cue), hold.outro]]);
  }
  for (const flag of RED_FLAGS) out.push([`red flag ${flag.id}`, redFlagAnswer(flag.id)]);
  for (const topic of TOPICS) {
    const answer = topicAnswer(topic.id);
    if (!answer) throw new Error(`no answer for ${topic.id}`);
    out.push([`topic ${topic.id}`, [...answer.short, ...answer.more]]);
  }
  for (const id of READING_IDS) out.push([`reading ${id}`, readingParts(id)]);
  out.push(['contraindications', contraindicationsAnswer()]);
  for (const part of BODY_PARTS) out.push([`body part ${part.id}`, bodyPartAnswer(part.id)!.parts]);
  // The routine's safety check: its list of kinds (the question around it is routine.json's).
  out.push(['safety check', [safetyQuestion(false).params!.kinds as Part, ...safetyFullList()]]);
  out.push(['unknown', unknownAnswer(EXAMPLE_AILMENT_IDS)]);
  out.push(['foot questions', Object.values(FOOT_QUESTION_KEYS).map((key) => ({ key }))]);
  return out;
}

describe('knowledge.json', () => {
  it.each(everyAnswer())('has every key the %s answer uses', (_label, parts) => {
    const missing = keysIn(parts).filter((key) => !keyExists(key));
    expect(missing).toEqual([]);
  });

  it.each(everyAnswer())('renders the %s answer as plain speech', (_label, parts) => {
    const text = speak(parts);
    expect(text).not.toMatch(/MISSING|\{\{|\}\}|<|>|&|undefined/);
    expect(wordCount(text)).toBeGreaterThan(0);
  });

  it('has no sentence that no answer can reach', () => {
    const used = new Set(everyAnswer().flatMap(([, parts]) => keysIn(parts)));
    // Reached without a part naming them: the list joiner inside rendering, the fallback for an
    // unknown red flag, and the feet every `Foot` value can name even if no place uses them yet.
    used.add('knowledge:list.join');
    used.add('knowledge:list.serial');
    used.add('knowledge:redFlag.general');
    for (const foot of ['both', 'left', 'right', 'either'])
      used.add(`knowledge:answer.foot.${foot}`);
    const unused: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node === 'string') {
        const key = `knowledge:${path.replace(/_(one|other)$/, '')}`;
        if (!used.has(key)) unused.push(path);
        return;
      }
      for (const [name, child] of Object.entries(node as Record<string, unknown>)) {
        walk(child, path ? `${path}.${name}` : name);
      }
    };
    walk(knowledge, '');
    // Durations of seconds are unused while every hold is whole minutes; still valid speech.
    expect(unused.filter((p) => !p.startsWith('duration.second'))).toEqual([]);
  });
});

describe('spoken answers', () => {
  it.each(AILMENTS.map((a) => [a.id]))(
    'keeps the short answer for %s short enough to follow by ear',
    (id) => {
      const answer = answerKeys(id);
      if (!answer) throw new Error(id);
      const words = wordCount(speak(answer.short));
      // A pregnancy warning or the complaint's own caution adds one short sentence.
      const allowance =
        (answer.place.cautions.avoidInPregnancy ? 14 : 0) +
        (AILMENTS.find((a) => a.id === id)?.cautionKey ? 18 : 0);
      expect(words).toBeLessThanOrEqual(48 + allowance);
    },
  );

  it.each(AILMENTS.map((a) => [a.id]))('frames the %s answer as tradition, not a cure', (id) => {
    const answer = answerKeys(id);
    if (!answer) throw new Error(id);
    const all = speak([...answer.short, ...answer.more]).toLowerCase();
    expect(all).toMatch(/tradition/);
    expect(all).not.toMatch(/\bcures?\b|\bheals?\b|\bdiagnos/);
  });

  it('says where, which foot, how hard and how long for a headache', () => {
    const text = speak(answerKeys('headache')?.short ?? []);
    expect(text).toBe(
      'For a headache, tradition points to the big toe. Hold your big toe and find its soft, round pad. ' +
        'On both feet, work gently, kneading from the nail to the base, for about a minute. ' +
        'The right spot feels tender.',
    );
  });

  it('reads the full contraindications list and the limits of acupressure', () => {
    const text = speak(contraindicationsAnswer());
    for (const word of [
      'heart',
      'Pregnancy',
      'exhaustion',
      'wound',
      'clots',
      'injury',
      'fever',
      'Diabetes',
    ]) {
      expect(text).toContain(word);
    }
    expect(text).toMatch(/doesn't replace medical treatment/);
    expect(text).toMatch(/first aid/);
    expect(CONTRAINDICATIONS).toHaveLength(8);
  });

  it('gives every topic a short answer and a longer one', () => {
    for (const topic of TOPICS) {
      const answer = topicAnswer(topic.id);
      expect(wordCount(speak(answer?.short ?? []))).toBeLessThanOrEqual(45);
      expect(speak(answer?.more ?? [])).not.toEqual(speak(answer?.short ?? []));
    }
  });
});
