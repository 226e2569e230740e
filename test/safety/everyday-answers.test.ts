import { translatorFor } from '../../lambda/speech/i18n';
import { conversation } from '../support/conversation';

/*
 * The routine's safety question, answered the way people answer it in each language: in passing
 * ("I'm shattered", "mir geht's nicht gut"), not with a bare yes or no. Exhausted or unwell stops
 * the routine kindly and names no point; "I'm fine" goes on to the warm-up.
 */
interface Case {
  locale: string;
  start: string;
  stops: string[];
  goesOn: string[];
  /** Unwell in words the model hears as "not sure": the full list, asked again, no warm-up. */
  neverNo?: string[];
}

const CASES: Case[] = [
  {
    locale: 'en-US',
    start: 'start my foot massage',
    stops: ["I'm completely exhausted", "I'm not feeling well"],
    goesOn: ["I'm fine", 'nope all good'],
    neverNo: ["I'm not well"],
  },
  {
    locale: 'de-DE',
    start: 'starte meine Fußmassage',
    stops: ['ich bin total erschöpft', "mir geht's nicht gut"],
    goesOn: ["mir geht's gut", 'nichts davon'],
    neverNo: ['ich fühle mich schlecht'],
  },
  {
    locale: 'fr-FR',
    start: 'lance mon massage des pieds',
    stops: ['je suis crevé', 'je ne vais pas bien'],
    goesOn: ['je vais bien', 'aucun'],
  },
  {
    locale: 'es-ES',
    start: 'empieza mi masaje de pies',
    stops: ['estoy agotada'],
    goesOn: ['estoy bien', 'ninguno'],
    neverNo: ['no estoy bien', 'no me encuentro bien'],
  },
  {
    locale: 'it-IT',
    start: 'inizia il mio massaggio ai piedi',
    stops: ['sono stanchissimo', "sono un po' stanca"],
    goesOn: ['sto bene', 'nessuno'],
    neverNo: ['sto male', 'non mi sento bene'],
  },
];

describe.each(CASES)('$locale: everyday answers to the safety question', (c) => {
  const t = translatorFor(c.locale) as (key: string) => string;

  async function answer(words: string) {
    const talk = conversation({ locale: c.locale });
    const asked = await talk.say(c.start);
    expect(asked.reprompt).toBe(t('routine:safety.reprompt'));
    return talk.say(words);
  }

  it.each(c.stops)('"%s" stops the routine kindly and names no point', async (words) => {
    const turn = await answer(words);
    // The question's own stop line, or the safety layer's answer when the words name a sign.
    if (!turn.speech.includes(t('routine:safety.stop'))) {
      expect(turn.resolution.kind === 'intent' && turn.resolution.intent.name).toBe(
        'SafetyWordsIntent',
      );
    }
    expect(turn.ended).toBe(true);
    expect(turn.speech).not.toContain(t('routine:safety.thanks'));
  });

  it.each(c.goesOn)('"%s" goes on to the warm-up', async (words) => {
    const turn = await answer(words);
    expect(turn.speech).toContain(t('routine:safety.thanks'));
    expect(turn.ended).toBe(false);
  });
});

describe.each(CASES.filter((c) => c.neverNo))('$locale: unwell at the safety question', (c) => {
  const t = translatorFor(c.locale) as (key: string) => string;

  it.each(c.neverNo ?? [])(
    '"%s" is never its "no": the full list, and the question again',
    async (words) => {
      const talk = conversation({ locale: c.locale });
      await talk.say(c.start);
      const turn = await talk.say(words);
      expect(turn.speech).not.toContain(t('routine:safety.thanks'));
      expect(turn.speech).toContain(t('routine:safety.askAgain'));
      expect(turn.ended).toBe(false);
    },
  );
});
