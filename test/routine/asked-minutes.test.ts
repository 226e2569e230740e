import { translatorFor } from '../../lambda/speech/i18n';
import { conversation } from '../support/conversation';

/*
 * "Start a ten minute foot massage": there is no ten-minute routine, so the nearest length
 * starts, and the skill says that it is the nearest, rather than silently starting another.
 */
const en = translatorFor('en-US') as (key: string, options?: object) => string;

describe('a routine asked for by its minutes', () => {
  it('"a 10 minute foot massage" starts the quick one, and says it is the nearest', async () => {
    const turn = await conversation().say('start a 10 minute foot massage');
    expect(turn.speech).toMatch(/^There's no 10-minute one, so here's the nearest\. /);
    expect(turn.speech).toContain('your quick foot massage');
  });

  it('"a twenty minute one" starts the nearest length to twenty minutes, not the quick one', async () => {
    const turn = await conversation().say('start a twenty minute foot massage');
    expect(turn.speech).toContain(en('routine:intro.nearest', { asked: 20 }));
    expect(turn.speech).not.toContain('your quick foot massage');
  });

  it('a time a length keeps to is not called "the nearest"', async () => {
    const turn = await conversation().say('start a 15 minute foot massage');
    expect(turn.speech).not.toMatch(/nearest/);
    expect(turn.speech).toContain('your full foot massage');
  });

  it('German: "zehn Minuten" starts the short one, and says so', async () => {
    const de = translatorFor('de-DE') as (key: string, options?: object) => string;
    const turn = await conversation({ locale: 'de-DE' }).say('starte eine zehn minuten fußmassage');
    expect(turn.speech).toContain(de('routine:intro.nearest', { asked: 10 }));
    expect(turn.speech).toContain(de('routine:length.quick'));
  });
});
