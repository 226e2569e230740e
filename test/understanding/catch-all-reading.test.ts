import type { Language } from '../../lambda/languages/types';
import { readCatchAll } from '../../lambda/understanding';

/*
 * The catch-all's words in every language, as Alexa would hand them over (the sentence's first
 * word gone to the carrier). Each language reads its own requests and complaints; a sign of the
 * safety layer in the words leaves them to the safety layer; a negated complaint is not read.
 */
type Expect =
  | { ask: string }
  | { complaint: string }
  | { zone: string }
  | 'left to the safety layer'
  | { not: string };

const CASES: Array<[Language, string, Expect]> = [
  ['en', 'wait a moment while i grab the oil', { ask: 'pause' }],
  ['en', 'throat hurts when i swallow', { complaint: 'sore-throat' }],
  ['en', 'pregnant and my back hurts', 'left to the safety layer'],
  ['en', 'not a headache it is more my neck', { not: 'headache' }],
  ['de', 'du bitte kurz pausieren', { ask: 'pause' }],
  ['de', 'tut mir unter der ferse weh', { zone: 'heel' }],
  ['de', 'plagen mich seit gestern kopfschmerzen', { complaint: 'headache' }],
  ['de', 'bin schwanger und habe kopfschmerzen', 'left to the safety layer'],
  ['de', 'habe keine kopfschmerzen eher stress', { not: 'headache' }],
  ['fr', 'peux faire une pause', { ask: 'pause' }],
  ['fr', 'ce que je peux faire pour mon mal de tête', { complaint: 'headache' }],
  ['fr', "suis enceinte et j'ai mal au dos", 'left to the safety layer'],
  ['es', 'por favor para un momento', { ask: 'pause' }],
  ['es', 'me duele mucho la cabeza desde ayer', { complaint: 'headache' }],
  ['es', 'estoy embarazada y me duele la cabeza', 'left to the safety layer'],
  ['it', 'puoi ripetere per favore', { ask: 'repeat' }],
  ['it', 'mi fa male sotto il tallone', { zone: 'heel' }],
  ['it', 'sono incinta e ho mal di testa', 'left to the safety layer'],
];

describe.each(CASES)('%s: "%s"', (language, words, expected) => {
  const reading = readCatchAll(words, language);
  it(`is read as ${JSON.stringify(expected)}`, () => {
    if (expected === 'left to the safety layer') expect(reading).toBeUndefined();
    else if ('ask' in expected) expect(reading).toMatchObject({ kind: 'ask', ask: expected.ask });
    else if ('complaint' in expected) {
      expect(reading).toMatchObject({ kind: 'complaint', id: expected.complaint });
    } else if ('zone' in expected) {
      expect(reading).toMatchObject({ kind: 'tender-zone', id: expected.zone });
    } else expect(reading && 'id' in reading ? reading.id : undefined).not.toBe(expected.not);
  });
});
