import { knowledge } from '../support/en-us-words';
import { SCREEN_DEVICES } from '../../tools/simulator/envelope';
import { conversation } from '../support/conversation';
import { documentOf, documentsOf, expectValid, payloadOf, screenConversation } from './support';

const TENDER = /Did any spot feel tender/;
const FOOT_BATH = /warm foot bath first/;
const GOODBYE = /every evening, before you sleep/;

jest.setTimeout(60_000);

describe('screens on a device that has one', () => {
  it('sends a valid document at every turn of a whole routine, each step shown with its number and zone', async () => {
    const c = screenConversation();
    const launch = await c.say('open foot massage coach');
    expect(documentOf(launch).token).toBe('fmc-screen:welcome');
    await expectValid(launch);
    let turn = await c.say('start a quick foot massage');
    await expectValid(turn);
    turn = await c.say('no');
    await expectValid(turn);
    turn = await c.say('on a chair');
    const seen: string[] = [];
    let largest = 0;
    for (let i = 0; i < 40 && !turn.ended && !GOODBYE.test(turn.speech); i++) {
      largest = Math.max(largest, await expectValid(turn));
      const steps = payloadOf(turn).steps ?? [];
      for (const step of steps) seen.push(`${step.label} ${step.name} ${step.right || step.left}`);
      const posture = /How would you like to sit/.test(turn.speech);
      const answer = posture ? 'on a chair' : 'next';
      turn = await c.say(FOOT_BATH.test(turn.speech) || TENDER.test(turn.speech) ? 'no' : answer);
    }
    expect(seen.some((s) => /^Step \d+ of \d+ The toes toe-tips$/.test(s))).toBe(true);
    expect(seen.some((s) => /^Step \d+ of \d+ The deep sole massage whole-sole$/.test(s))).toBe(
      true,
    );
    expect(largest).toBeLessThan(20 * 1024);
  });

  it('lights the step playing on the foot being worked, with its place in the audio', async () => {
    const c = screenConversation();
    await c.say('start a quick foot massage');
    await c.say('no');
    let turn = await c.say('on a chair');
    for (let i = 0; i < 12 && !/right foot/i.test(turn.speech); i++) {
      turn = await c.say(FOOT_BATH.test(turn.speech) ? 'no' : 'next');
    }
    const steps = payloadOf(turn).steps!;
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      expect(step.left).toBe('');
      expect(Number(step.durationMs)).toBeGreaterThan(0);
    }
    // Steps follow each other in the response's audio.
    for (let i = 1; i < steps.length; i++) {
      expect(Number(steps[i]!.startMs)).toBeGreaterThanOrEqual(
        Number(steps[i - 1]!.startMs) + Number(steps[i - 1]!.durationMs) - 50,
      );
    }
    expect(turn.audioSeconds * 1000).toBeGreaterThan(
      Number(steps.at(-1)!.startMs) + Number(steps.at(-1)!.durationMs) - 2000,
    );
  });

  it('answers where to press with the point lit and its how-to written out', async () => {
    const c = screenConversation();
    const turn = await c.say('ask foot massage coach where do i press for a headache');
    await expectValid(turn);
    const payload = payloadOf(turn);
    expect(payload.map).toEqual({ view: 'sole', left: 'big-toe', right: 'big-toe' });
    expect(payload.text.name).toBe('The big toe');
    expect(payload.text.sub).toBe('For a headache');
    expect(payload.rows!.map((r) => r.label)).toEqual([
      'Where',
      'Which foot',
      'How long',
      'How hard',
    ]);
    expect(payload.text.warning).toBe('');
    expect(payload.text.disclaimer).toMatch(/not a substitute for medical advice/);
  });

  it('guides the hold it offered with the point lit on the routine screen', async () => {
    const c = screenConversation();
    await c.say('ask foot massage coach where do i press for a headache');
    let turn = await c.say('yes');
    for (let i = 0; i < 4 && !payloadOf(turn).steps?.some((s) => Number(s.durationMs) > 0); i++) {
      await expectValid(turn);
      turn = await c.say(/Safety first|safe/i.test(turn.speech) ? 'no' : 'yes');
    }
    await expectValid(turn);
    const hold = payloadOf(turn).steps!.find((s) => Number(s.durationMs) > 0)!;
    expect(hold).toMatchObject({ name: 'The big toe', left: 'big-toe', right: 'big-toe' });
  });

  it('shows the pregnancy warning where the answer names a point avoided in pregnancy', async () => {
    const turn = await screenConversation().say(
      'ask foot massage coach where do i press for menstrual cramps',
    );
    await expectValid(turn);
    expect(payloadOf(turn).text.warning).toMatch(/in pregnancy, tradition avoids/);
  });

  it('lists the contraindications, a foot-temperature reading and help', async () => {
    const c = screenConversation();
    const safety = await c.say('ask foot massage coach to hear the contraindications');
    await expectValid(safety);
    expect(payloadOf(safety).items).toContain(knowledge.contraindications.item.pregnancy);
    const feet = await c.say('my feet are cold and damp');
    await expectValid(feet);
    expect(payloadOf(feet).text.title).toBe('What your feet may say');
    expect(payloadOf(feet).items!.length).toBeGreaterThan(0);
    const help = await c.say('help');
    await expectValid(help);
    expect(payloadOf(help).items!.join(' ')).toMatch(/pause/);
  });

  it('keeps a side answer on screen mid-routine while the routine asks to carry on', async () => {
    const c = screenConversation();
    await c.say('start a quick foot massage');
    await c.say('no');
    await c.say('on a chair');
    const side = await c.say('where do i press for a headache');
    await expectValid(side);
    expect(documentOf(side).token).toBe('fmc-screen:point');
    const back = await c.say('no');
    await expectValid(back);
    expect(documentOf(back).token).toBe('fmc-screen:routine-step');
  });

  it.each(Object.keys(SCREEN_DEVICES))('sends valid documents to %s', async (device) => {
    const c = screenConversation({ screen: SCREEN_DEVICES[device] });
    await expectValid(await c.say('open foot massage coach'));
    await expectValid(await c.say('start a quick foot massage'));
  });
});

describe('touch', () => {
  /** Two people in step: one speaks, the other touches; they must hear the same. */
  async function inStep() {
    const spoken = screenConversation();
    const touched = screenConversation();
    for (const c of [spoken, touched]) {
      await c.say('start a quick foot massage');
      await c.say('no');
      await c.say('on a chair');
    }
    return { spoken, touched };
  }

  it.each([
    ['pause', 'pause'],
    ['next', 'next'],
    ['previous', 'back'],
  ])('the %s button does what saying "%s" does, mid-routine', async (button, words) => {
    const { spoken, touched } = await inStep();
    const said = await spoken.say(words);
    const touch = await touched.touch(['routine', button]);
    expect(touch.speech).toBe(said.speech);
    expect(touch.ended).toBe(false);
    await expectValid(touch);
  });

  it('a paused routine shows Resume, and the Resume button carries on', async () => {
    const { touched } = await inStep();
    const paused = await touched.touch(['routine', 'pause']);
    expect(payloadOf(paused).text.resume).toBe('Resume');
    expect(JSON.stringify(documentOf(paused).document)).toMatch(/"routine","resume"/);
    const resumed = await touched.touch(['routine', 'resume']);
    expect(resumed.speech).not.toBe(paused.speech);
    expect(JSON.stringify(documentOf(resumed).document)).toMatch(/"routine","pause"/);
  });

  it('a touch the skill does not know is answered as something not understood', async () => {
    const c = screenConversation();
    await c.say('open foot massage coach');
    const touched = await c.touch(['something', 'else']);
    expect(touched.ended).toBe(false);
    expect(touched.speech).toBe((await c.intent('AMAZON.FallbackIntent')).speech);
  });

  it('a suggestion on the welcome screen is answered as if it were said', async () => {
    const c = screenConversation();
    await c.say('open foot massage coach');
    const touched = await c.touch(['say', 'headache']);
    const said = await screenConversation().say(
      'ask foot massage coach where do i press for a headache',
    );
    expect(touched.speech).toBe(said.speech);
    expect(payloadOf(touched).map?.left).toBe('big-toe');
  });
});

describe('screens never get in the way of the voice', () => {
  it('sends no document to a voice-only device', async () => {
    const c = conversation();
    const turns = [
      await c.say('open foot massage coach'),
      await c.say('start a quick foot massage'),
      await c.say('no'),
      await c.say('on a chair'),
      await c.say('next'),
      await c.say('where do i press for a headache'),
    ];
    for (const turn of turns) expect(documentsOf(turn)).toEqual([]);
  });

  it('a device that cannot show a document gets an answer, and the routine goes on by voice', async () => {
    const c = screenConversation();
    await c.say('start a quick foot massage');
    await c.say('no');
    const playing = await c.say('on a chair');
    expect(documentsOf(playing)).toHaveLength(1);
    const error = await c.screenFails();
    expect(error.response.response.outputSpeech).toBeUndefined();
    expect(error.ended).toBe(false);
    const next = await c.say('next');
    expect(next.speech.length).toBeGreaterThan(0);
    expect(next.ended).toBe(false);
    expect(documentsOf(next)).toEqual([]);
    // The same words as on a device that never had a screen.
    const voice = conversation();
    await voice.say('start a quick foot massage');
    await voice.say('no');
    await voice.say('on a chair');
    expect(next.speech).toBe((await voice.say('next')).speech);
  });
});
