import type { Intent } from 'ask-sdk-model';
import { languageOf, MARKETS } from '../../lambda/languages/registry';
import {
  buildTimeline,
  expectingOf,
  holdSteps,
  PLAN_LENGTHS,
  planFor,
  stateFromUser,
  TENDER_ZONE_IDS,
  timelineSeconds,
  zoneTarget,
  type Say,
  type Step,
  type TimedStep,
} from '../../lambda/routine';
import { translatorFor } from '../../lambda/speech/i18n';
import type { UserState } from '../../lambda/state/user-state';
import { authorityFor, DEFAULT_APPLICATION_ID } from '../../tools/nlu';
import { conversation, type Turn } from '../support/conversation';

const LOCALES = MARKETS.map((m) => m.locale);

const timed = (steps: readonly Step[]) => steps.filter((s): s is TimedStep => s.kind === 'timed');
const STEPS: TimedStep[] = [
  ...PLAN_LENGTHS.flatMap((length) => timed(planFor(length).steps)),
  ...TENDER_ZONE_IDS.flatMap((zone, i) => timed(holdSteps(zoneTarget(zone), i + 1, 'hold'))),
];

describe.each(LOCALES)('%s: every timed step', (locale) => {
  const say = translatorFor(locale) as unknown as Say;

  it('lasts its nominal length within 5 %, at its language pace', () => {
    const off = STEPS.flatMap((step) => {
      const total = timelineSeconds(buildTimeline(step, 0, say));
      const error = Math.abs(total - step.seconds) / step.seconds;
      return error > 0.05 ? [`${step.id}: ${total.toFixed(1)} s for ${step.seconds} s`] : [];
    });
    expect(off).toEqual([]);
  });
});

/** An intent as Alexa sends it, with a custom slot resolved to one of the domain's ids. */
function intent(name: string, slot?: { name: string; type: string; id: string }): Intent {
  if (!slot) return { name, confirmationStatus: 'NONE', slots: {} };
  return {
    name,
    confirmationStatus: 'NONE',
    slots: {
      [slot.name]: {
        name: slot.name,
        value: slot.id,
        confirmationStatus: 'NONE',
        resolutions: {
          resolutionsPerAuthority: [
            {
              authority: authorityFor(DEFAULT_APPLICATION_ID, slot.type),
              status: { code: 'ER_SUCCESS_MATCH' },
              values: [{ value: { id: slot.id, name: slot.id } }],
            },
          ],
        },
      },
    },
  };
}

/** What a person answers to whatever the routine waits for, read from its state, not its words. */
function answerTo(turn: Turn, user: UserState | undefined): Intent | undefined {
  if (turn.ended || !user) return undefined;
  switch (expectingOf(stateFromUser(user))) {
    case 'safety-answer':
    case 'foot-bath':
    case 'tender-spot':
      return intent('AMAZON.NoIntent');
    case 'posture':
      return intent('ChoosePostureIntent', {
        name: 'posture',
        type: 'PostureType',
        id: 'chair-seat',
      });
    case 'continue':
    case 'resume':
      return intent('AMAZON.YesIntent');
    default:
      return undefined;
  }
}

// Words no sentence in another language has; a leftover English line would carry one.
const ENGLISH_WORDS = /\b(?:the|your|you|and|with|press|foot|feet|toes?)\b/i;

describe.each(LOCALES.filter((l) => languageOf(l) !== 'en'))('%s: a walk', (locale) => {
  it('through launch, help, the quick routine to its goodbye, all in its language', async () => {
    const c = conversation({ locale });
    const turns: Turn[] = [
      { ...(await c.intent('AMAZON.HelpIntent')) } as Turn,
      {
        ...(await c.intent(
          intent('StartMassageIntent', { name: 'length', type: 'RoutineLengthType', id: 'quick' }),
        )),
      } as Turn,
    ];
    for (let i = 0; i < 40; i++) {
      const last = turns[turns.length - 1]!;
      const next = answerTo(last, c.sessionAttributes?.user as UserState | undefined);
      if (!next) break;
      turns.push((await c.intent(next)) as Turn);
    }
    const english = turns.filter((t) => ENGLISH_WORDS.test(t.speech)).map((t) => t.speech);
    expect(english).toEqual([]);
    // The quick routine runs to its end: the run is gone, nothing is waiting.
    const user = c.sessionAttributes?.user as UserState | undefined;
    expect(user ? expectingOf(stateFromUser(user)) : null).toBeNull();
    expect(turns.length).toBeLessThanOrEqual(12);
  }, 60_000);
});
