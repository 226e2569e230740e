import type { Conversation, Turn } from '../support/conversation';
import { tempStatePath } from '../support/conversation';
import { useAlexaApi, withApi } from '../support/alexa-api';

// Failures are the point here; their warnings would only clutter the output.
process.env.FMC_LOG = 'silent';

const api = useAlexaApi('America/Chicago');
const GOODBYE = /every evening, before you sleep/;
const OFFER = /shall I remind you every day at 9 in the evening, to help make it a habit\?/;

/** A quick routine from "start" to its goodbye, answering its questions with "no". */
async function quickRoutine(c: Conversation): Promise<Turn> {
  await c.say('open foot massage coach');
  let turn = await c.say('start a quick foot massage');
  if (/Safety first|Quick safety check/.test(turn.speech)) turn = await c.say('no');
  if (/How would you like to sit/.test(turn.speech)) turn = await c.say('on a chair');
  for (let i = 0; i < 40 && !GOODBYE.test(turn.speech); i++) {
    const question = /warm foot bath first|Did any spot feel tender/.test(turn.speech);
    const posture = /How would you like to sit/.test(turn.speech);
    turn = await c.say(question ? 'no' : posture ? 'on a chair' : 'next');
  }
  expect(turn.speech).toMatch(GOODBYE);
  return turn;
}

describe('the goodbye of a finished routine', () => {
  it('offers the evening reminder once, briefly, and "no" means never again', async () => {
    const path = tempStatePath();
    const c = withApi(api(), { adapterPath: path });
    const goodbye = await quickRoutine(c);
    expect(goodbye.speech).toMatch(OFFER);
    expect(goodbye.ended).toBe(false);
    expect(goodbye.reprompt).toMatch(/daily reminder at 9 in the evening\? Yes or no\./);
    const no = await c.say('no');
    expect(no.speech).toMatch(/no reminder.*just ask me/);
    expect(no.ended).toBe(true);

    const again = withApi(api(), { adapterPath: path, userId: c.caller.userId });
    const second = await quickRoutine(again);
    expect(second.speech).not.toMatch(/remind/);
    expect(second.ended).toBe(true);
    // Asked for, it is there as ever.
    await again.say('open foot massage coach');
    expect((await again.say('remind me every evening')).speech).toMatch(/Shall I set that up\?/);
    expect(api().received).toEqual([]);
  });

  it('"say that again" or "not sure" at the offer explains it and asks again', async () => {
    const c = withApi(api());
    await quickRoutine(c);
    const again = await c.say('say that again');
    expect(again.speech).toMatch(
      /short message Alexa says on your device every day at 9 in the evening.*Please say yes or no\.$/,
    );
    expect((await c.say('not sure')).speech).toMatch(/cancel it at any time/);
    expect((await c.say('no')).ended).toBe(true);
    expect(api().received).toEqual([]);
  });

  it('is not offered a second time when the first offer went unanswered', async () => {
    const path = tempStatePath();
    const c = withApi(api(), { adapterPath: path });
    expect((await quickRoutine(c)).speech).toMatch(OFFER);
    await c.endSession('EXCEEDED_MAX_REPROMPTS');
    const later = withApi(api(), { adapterPath: path, userId: c.caller.userId });
    expect((await quickRoutine(later)).speech).not.toMatch(OFFER);
  });

  it('"yes" to the offer goes through the permission and sets it, then says good night', async () => {
    const c = withApi(api());
    await quickRoutine(c);
    const yes = await c.say('yes');
    expect(yes.response.response.directives?.[0]?.type).toBe('Connections.SendRequest');
    const done = await c.say('I approve');
    expect(done.speech).toMatch(
      /^Done\. I'll remind you every day at 9 in the evening\..*Good night/,
    );
    expect(done.ended).toBe(true);
    const [created] = api().callsTo('POST', '/v1/alerts/reminders');
    expect(created?.body).toMatchObject({ trigger: { timeZoneId: 'America/Chicago' } });
  });

  it('is not offered to someone who already has a reminder', async () => {
    const c = withApi(api(), { remindersGranted: true });
    await c.say('open foot massage coach');
    await c.say('remind me every evening');
    await c.say('yes');
    await c.say('stop');
    const goodbye = await quickRoutine(c);
    expect(goodbye.speech).not.toMatch(/shall I remind you/);
    expect(goodbye.ended).toBe(true);
  });

  it('is glad of the second routine in a week, from the dates it keeps, and says no more', async () => {
    const path = tempStatePath();
    const first = withApi(api(), { adapterPath: path });
    const once = await quickRoutine(first);
    expect(once.speech).not.toMatch(/this week/);
    await first.say('no');
    const second = withApi(api(), { adapterPath: path, userId: first.caller.userId });
    const twice = await quickRoutine(second);
    expect(twice.speech).toMatch(/That's your second foot massage this week\. Lovely\.$/);
    const third = withApi(api(), { adapterPath: path, userId: first.caller.userId });
    expect((await quickRoutine(third)).speech).toMatch(/your third foot massage this week/);
  });
});
