import { conversation, lastSpeech, talk, tempStatePath } from '../support/conversation';

const FIRST_WELCOME = /Welcome to Foot Massage Coach/;
const RETURNING = /Welcome back|Good to hear from you again|Hello again/;

describe('talking to the skill', () => {
  it('welcomes a first-time user and tells them what to say', async () => {
    const [launch] = await talk(['open foot massage coach']);
    expect(launch?.speech).toMatch(FIRST_WELCOME);
    expect(launch?.speech).toMatch(/start my foot massage/);
    expect(launch?.ended).toBe(false);
  });

  it('explains what it can do when asked for help, and keeps listening', async () => {
    const [, help] = await talk(['open foot massage coach', 'help']);
    expect(help?.speech).toMatch(/foot self-massage/);
    expect(help?.reprompt).not.toBe('');
    expect(help?.ended).toBe(false);
  });

  it('says goodbye and ends the session on stop', async () => {
    const [, stop] = await talk(['open foot massage coach', 'stop']);
    expect(stop?.speech).toMatch(/Goodbye|Bye for now|Take care/);
    expect(stop?.ended).toBe(true);
  });

  it('asks again, with examples, when it cannot make sense of the words', async () => {
    const speech = await lastSpeech(['open foot massage coach', 'flibber jabber wock']);
    expect(speech).toMatch(/didn't catch that/);
    expect(speech).toMatch(/start my foot massage/);
  });

  it('says the last answer again, word for word, on "repeat"', async () => {
    const c = conversation();
    await c.say('open foot massage coach');
    const answer = await c.say('where do I press for nausea');
    const again = await c.say('repeat');
    expect(again.speech).toBe(answer.speech);
    expect(again.reprompt).toBe(answer.reprompt);
    expect(again.ended).toBe(false);
    // A misheard word in between: "repeat" still wants the answer, not "sorry, I didn't catch that".
    await c.say('purple monkey dishwasher');
    expect((await c.say('say that again')).speech).toBe(answer.speech);
    // The answer's own question still stands: yes guides the hold it offered.
    expect((await c.say('yes')).speech).toMatch(/Let's work on Grandfather Grandson/);
  });

  it('says how long each length takes when asked before starting, then how to start', async () => {
    const [, lengths] = await talk(['open foot massage coach', 'how long does it take']);
    expect(lengths?.speech).toMatch(
      /quick foot massage takes about 7 minutes, the full one about 16, and a thorough one about 26\./,
    );
    expect(lengths?.speech).toMatch(/Say start my foot massage to begin\.$/);
    expect(lengths?.ended).toBe(false);
  });

  it.each([
    ['give me a foot massage', /Let's begin your full foot massage/],
    ['i want a quick massage', /Let's begin your quick foot massage/],
    ['start a half hour foot massage', /Let's begin your long, thorough foot massage/],
    ["i can't sleep", /For trouble sleeping, tradition points to Bubbling Spring/],
    ['can i do this while pregnant', /Pregnancy, or trying for a baby/],
    ['what pressure should i use', /^There are three degrees of pressure\./],
  ])('understands "%s"', async (said, heard) => {
    const [, turn] = await talk(['open foot massage coach', said]);
    expect(turn?.speech).toMatch(heard);
  });

  it('goes back to the start on "go home"', async () => {
    const [, home] = await talk(['open foot massage coach', 'go home']);
    expect(home?.speech).toMatch(/back to the start/);
    expect(home?.ended).toBe(false);
  });

  it('answers an intent it has no handler for with a way forward, not silence', async () => {
    const c = conversation();
    await c.say('open foot massage coach');
    const answer = await c.intent('SomeIntentNobodyHandlesYetIntent');
    expect(answer.speech).toMatch(/start my foot massage/);
    expect(answer.ended).toBe(false);
  });

  it('stays quiet and keeps working when Alexa closes the session itself', async () => {
    const c = conversation();
    await c.say('open foot massage coach');
    const ended = await c.endSession('EXCEEDED_MAX_REPROMPTS');
    expect(ended?.speech).toBe('');
    expect(c.inSession).toBe(false);
    const again = await c.say('help');
    expect(again.request.session?.new).toBe(true);
    expect(again.speech).toMatch(/foot self-massage/);
  });

  it('remembers a user across sessions and welcomes them back', async () => {
    const c = conversation();
    await c.say('open foot massage coach');
    await c.say('stop');
    const back = await c.say('open foot massage coach');
    expect(back.request.session?.new).toBe(true);
    expect(back.speech).toMatch(RETURNING);
    expect(back.speech).not.toMatch(FIRST_WELCOME);
  });

  it('remembers a user who walked away without saying stop, through the state file', async () => {
    const adapterPath = tempStatePath();
    const userId = 'amzn1.ask.account.WALKED-AWAY';
    const first = conversation({ adapterPath, userId });
    await first.say('open foot massage coach');
    await first.endSession('EXCEEDED_MAX_REPROMPTS');
    const [back] = await talk(['open foot massage coach'], { adapterPath, userId });
    expect(back?.speech).toMatch(RETURNING);
  });

  it('keeps a different user a stranger', async () => {
    const adapterPath = tempStatePath();
    await talk(['open foot massage coach', 'stop'], { adapterPath, userId: 'amzn1.ask.account.A' });
    const [other] = await talk(['open foot massage coach'], {
      adapterPath,
      userId: 'amzn1.ask.account.B',
    });
    expect(other?.speech).toMatch(FIRST_WELCOME);
  });
});
