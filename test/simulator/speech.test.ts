import { packFor } from '../../lambda/languages/registry';
import {
  estimateAudioSeconds,
  readableSpeech,
  segmentsSeconds,
  timeline,
} from '../../tools/simulator/speech';
import { conversation } from '../support/conversation';

describe('readable speech', () => {
  it('shows a break as a pause and merges a chain of breaks into one', () => {
    expect(
      readableSpeech(
        '<speak>Press here. <break time="10s"/><break time="10s"/><break time="10s"/><break time="10s"/><break time="5000ms"/>Release.</speak>',
      ),
    ).toBe('Press here. [pause 45 s] Release.');
  });

  it('strips other tags, reads a <sub> as its alias and decodes entities', () => {
    expect(
      readableSpeech(
        '<speak><prosody rate="slow">Heel &amp; toe</prosody>, <sub alias="about">~</sub> 5 &lt; 6 <break strength="strong"/></speak>',
      ),
    ).toBe('Heel & toe , about 5 < 6 [pause 1 s]');
  });

  it('keeps fractions of a second', () => {
    expect(readableSpeech('<speak>a<break time="500ms"/>b</speak>')).toBe('a [pause 0.5 s] b');
  });

  it('gives speech and silences in order, for the player', () => {
    expect(timeline('<speak>One. <break time="3s"/> Two.</speak>')).toEqual([
      { kind: 'speech', text: 'One.' },
      { kind: 'pause', seconds: 3 },
      { kind: 'speech', text: 'Two.' },
    ]);
  });
});

describe('audio length estimate', () => {
  it('counts words at 150 a minute plus every break', () => {
    const words = Array.from({ length: 150 }, () => 'rub').join(' ');
    expect(
      estimateAudioSeconds(`<speak>${words}<break time="10s"/><break time="2s"/></speak>`),
    ).toBe(72);
  });

  it("times another language's words at that language's rate, as the skill does", () => {
    const words = Array.from({ length: 120 }, () => 'reiben').join(' ');
    const rate = packFor('de').wordsPerMinute;
    expect(estimateAudioSeconds(`<speak>${words}</speak>`, rate)).toBeCloseTo((120 / rate) * 60);
  });

  it("plays a German answer at German's rate, so a barge-in lands where the skill thinks", async () => {
    const german = conversation({ locale: 'de-DE' });
    const turn = await german.say('hilfe');
    expect(german.wordsPerMinute).toBe(packFor('de').wordsPerMinute);
    expect(turn.audioSeconds).toBeCloseTo(segmentsSeconds(turn.audio ?? [], german.wordsPerMinute));
    expect(turn.audioSeconds).toBeGreaterThan(segmentsSeconds(turn.audio ?? []));
  });

  it('is zero for no speech', () => {
    expect(estimateAudioSeconds(undefined)).toBe(0);
    expect(estimateAudioSeconds('<speak></speak>')).toBe(0);
  });
});
