import { conversation, type Conversation, type Turn } from '../support/conversation';

/**
 * The guided routine, spoken through the interaction model as a person would say it. Answers the
 * routine's questions the way a newcomer would, and says "next" otherwise.
 */

const SAFETY = /Safety first/;
const POSTURE = /How would you like to sit/;
const FOOT_BATH = /warm foot bath first/;
const TENDER = /Did any spot feel tender/;
const GOODBYE = /every evening, before you sleep/;
const REMINDER_OFFER = /shall I remind you every day at 9 in the evening/;

/** Seconds of audio in a readable speech: spoken words at 150 a minute plus every pause. */
function pauses(speech: string): number {
  return [...speech.matchAll(/\[pause ([\d.]+) s\]/g)].reduce((s, m) => s + Number(m[1]), 0);
}

/**
 * Starts a routine up to its first block of guidance, the standing warm-up, which plays by itself
 * up to the foot bath question. Anything said next "@20 ..." is said 20 s into it, while rising
 * on the toes plays; said plainly, it answers the foot bath question after the whole block.
 */
async function begin(c: Conversation, start = 'start my foot massage'): Promise<Turn> {
  const first = await c.say(start);
  expect(first.speech).toMatch(SAFETY);
  return c.say('no');
}

/** Says "next" (or "no" to a pending yes / no question) until the routine says goodbye. */
async function finish(c: Conversation, from: Turn, log: Turn[] = []): Promise<Turn[]> {
  let turn = from;
  for (let i = 0; i < 60 && !turn.ended && !GOODBYE.test(turn.speech); i++) {
    const answer = POSTURE.test(turn.speech) ? 'on a chair' : 'next';
    turn = await c.say(FOOT_BATH.test(turn.speech) || TENDER.test(turn.speech) ? 'no' : answer);
    log.push(turn);
  }
  return log;
}

describe('the guided routine, by voice', () => {
  it('walks the whole standard routine from "start my foot massage" to the goodbye', async () => {
    const c = conversation();
    const turns: Turn[] = [];
    const start = await c.say('start my foot massage');
    turns.push(start);
    // The length said is the audio's, not only the steps' nominal seconds.
    expect(start.speech).toMatch(/about 16 minutes/);
    expect(start.speech).toMatch(/massage mat, or a bumpy towel, ready/);
    expect(start.speech).toMatch(/Say Alexa, pause/);
    expect(start.speech).toMatch(SAFETY);
    const warmUp = await c.say('no');
    turns.push(warmUp);
    expect(warmUp.speech).toMatch(/Stand up, barefoot/);
    expect(warmUp.speech).toMatch(FOOT_BATH);
    await finish(c, warmUp, turns);

    const all = turns.map((t) => t.speech).join(' ');
    // Every part of the routine, in order.
    const order = [
      /Rise up onto your toes/,
      /trample on the spot/,
      /inner edges/,
      /rub your palms/,
      FOOT_BATH,
      POSTURE,
      /Now your right foot/,
      /from the toes down to the heel/,
      /Now go deep on the sole/,
      TENDER,
      /from the nail down to the base/,
      /around the ankle bone/,
      /light taps/,
      /change to your left foot/,
      /massage mat/,
      GOODBYE,
    ];
    let at = 0;
    for (const part of order) {
      const found = all.slice(at).search(part);
      expect([part.source, found >= 0]).toEqual([part.source, true]);
      at += found;
    }
    const last = turns[turns.length - 1]!;
    // The first finished routine offers the evening reminder, once; "no" ends the session.
    expect(last.speech).toMatch(REMINDER_OFFER);
    expect((await c.say('no')).ended).toBe(true);
    // Spoken cues pace the timed parts: halfway marks, the last seconds, a count-down.
    expect(all).toMatch(/Halfway/);
    expect(all).toMatch(/Ten more seconds/);
    expect(all).toMatch(/Three\. \[pause [\d.]+ s\] Two\. \[pause [\d.]+ s\] One\./);
    // About 15 minutes of guidance, and no response too long to follow or to fit Alexa's limits.
    const audio = turns.reduce((s, t) => s + t.audioSeconds, 0);
    expect(audio).toBeGreaterThan(13 * 60);
    expect(audio).toBeLessThan(18 * 60);
    // Alexa plays at most 240 s of audio in one response.
    for (const t of turns) expect(t.audioSeconds).toBeLessThanOrEqual(225);
    // Closing questions vary instead of repeating one filler.
    const questions = turns.filter((t) => !t.ended).map((t) => t.reprompt && t.speech.slice(-60));
    expect(new Set(questions).size).toBeGreaterThan(questions.length * 0.6);
    // Eight things said from the start to the goodbye (the reminder's "no" comes after it).
    expect(turns.length).toBeLessThanOrEqual(8);
  });

  it('runs a quick routine of about five minutes when asked for one', async () => {
    const c = conversation();
    const first = await c.say('start a quick foot massage');
    expect(first.speech).toMatch(/quick foot massage\. It takes about 7 minutes/);
    const turns = await finish(c, await c.say('no'));
    expect(turns[turns.length - 1]?.speech).toMatch(GOODBYE);
    // What is said is what it takes, give or take a minute.
    const audio = turns.reduce((s, t) => s + t.audioSeconds, first.audioSeconds);
    expect(Math.abs(audio / 60 - 7)).toBeLessThan(1);
  });

  it('ends politely, with advice to see a doctor, when a contraindication applies', async () => {
    const c = conversation();
    await c.say('start my foot massage');
    const yes = await c.say('yes');
    expect(yes.speech).toMatch(/ask your doctor/);
    expect(yes.ended).toBe(true);
  });

  it('explains the question being asked on "tell me more"', async () => {
    const c = conversation();
    await c.say('start my foot massage');
    const more = await c.say('tell me more');
    expect(more.speech).toMatch(/^Here is the full list\./);
    expect(more.speech).toMatch(/Yes, no, or not sure\?$/);
    expect((await c.say('no')).speech).toMatch(FOOT_BATH);
    expect((await c.say('no')).speech).toMatch(POSTURE);
    expect((await c.say('tell me more')).speech).toMatch(/a foot on a chair seat is the easiest/);
  });

  it('reads the full list on "not sure", then asks again', async () => {
    const c = conversation();
    await c.say('start my foot massage');
    const unsure = await c.say("I'm not sure");
    expect(unsure.speech).toMatch(/Blood clots, now or in the past/);
    expect(unsure.speech).toMatch(/Yes, no, or not sure\?$/);
    expect((await c.say('no')).speech).toMatch(FOOT_BATH);
  });

  // Health changes between visits, so every routine asks; the short check is one yes / no.
  it('gives a later session the short safety check, then the remembered position', async () => {
    const c = conversation();
    await begin(c);
    await c.say('no');
    await c.say('on a chair');
    await c.say('stop');
    const again = await c.say('start a quick foot massage');
    expect(again.speech).not.toMatch(SAFETY);
    expect(again.speech).toMatch(/Quick safety check: any .*pregnancy.*\? Yes, no, or not sure\.$/);
    expect(again.speech).not.toMatch(/Stand up, barefoot/);
    const after = await c.say('no');
    expect(after.speech).toMatch(/Stand up, barefoot/);
    const bath = await c.say('no');
    expect(bath.speech).toMatch(/your usual position: your foot on a chair seat/);
    expect(bath.speech).not.toMatch(POSTURE);
  });

  it('pauses and resumes at the same step', async () => {
    const c = conversation();
    const warmUp = await begin(c);
    expect(warmUp.speech).toMatch(/Rise up onto your toes/);
    const paused = await c.say('@20 pause');
    expect(paused.speech).toMatch(/Paused/);
    expect(paused.ended).toBe(false);
    const stillPaused = await c.say('no');
    expect(stillPaused.speech).toMatch(/still paused/);
    // The step that was playing, again from its instruction.
    const resumed = await c.say('resume');
    expect(resumed.speech).toMatch(
      /^Here we go again\. Let's warm up\. Stand up, barefoot\. Rise up onto your toes/,
    );
  });

  it('carries on from the same place on "next" after a pause, skipping nothing', async () => {
    const c = conversation();
    await begin(c);
    await c.say('@20 pause');
    const next = await c.say('next');
    expect(next.speech).toMatch(/^Here we go again\. Now trample on the spot/);
  });

  it('goes back a step, and repeats the last one', async () => {
    const c = conversation();
    await begin(c);
    const trample = await c.say('@20 next');
    expect(trample.speech).toMatch(/^Now trample on the spot/);
    const again = await c.say('@20 repeat');
    expect(again.speech).toMatch(/^Now trample on the spot/);
    const back = await c.say('@20 go back');
    expect(back.speech).toMatch(/Going back a step/);
    expect(back.speech).toMatch(/Rise up onto your toes/);
    // Back again from there is the first step: it says so and plays it again.
    const first = await c.say('@20 back');
    expect(first.speech).toMatch(/This is the first step/);
  });

  it('skips a step, and starts over from the top', async () => {
    const c = conversation();
    await begin(c);
    const skipped = await c.say('@20 skip this step');
    expect(skipped.speech).toMatch(/Skipping ahead/);
    expect(skipped.speech).toMatch(/trample on the spot/);
    const over = await c.say('start over');
    expect(over.speech).toMatch(/Starting again from the top/);
    expect(over.speech).toMatch(/Rise up onto your toes/);
  });

  it('waits during the foot bath and carries on when the person is back', async () => {
    const c = conversation();
    let turn = await begin(c);
    for (let i = 0; i < 8 && !FOOT_BATH.test(turn.speech); i++) turn = await c.say('next');
    const bath = await c.say('yes');
    expect(bath.speech).toMatch(/Soak your feet in warm water/);
    expect(bath.ended).toBe(false);
    const where = await c.say('where am i');
    expect(where.speech).toMatch(
      /^You're having your foot bath\. Then comes choosing your position/,
    );
    const back = await c.say("I'm back");
    expect(back.speech).toMatch(/Welcome back/);
    expect(back.speech).toMatch(POSTURE);
  });

  it.each([
    ['stop the massage', /^I've kept your place\./],
    ['I need a break', /^Paused\./],
    ['one more time', /Rise up onto your toes/],
    ['what do I do', /^You're in the middle of your massage\./],
    ['the ball of my foot hurts', /^Let's give the ball of your foot a minute/],
    ['under my big toe', /^Let's give your big toe a minute/],
    ['it hurts here', /^Where was it\? For example/],
  ])('mid-routine, understands "%s"', async (said, heard) => {
    const c = conversation();
    await begin(c);
    expect((await c.say(`@20 ${said}`)).speech).toMatch(heard);
  });

  it('carries on after a break on "continue the massage"', async () => {
    const c = conversation();
    await begin(c);
    await c.say('@20 I need a break');
    expect((await c.say('continue the massage')).speech).toMatch(/^Here we go again\./);
  });

  it('answers the questions as people do: "skip the foot bath", "yes, my heel"', async () => {
    const c = conversation();
    let turn = await begin(c);
    for (let i = 0; i < 8 && !FOOT_BATH.test(turn.speech); i++) turn = await c.say('next');
    expect((await c.say('skip the foot bath')).speech).toMatch(POSTURE);
    turn = await c.say('on a chair');
    expect(turn.speech).toMatch(/Now your right foot/);
    for (let i = 0; i < 8 && !TENDER.test(turn.speech); i++) turn = await c.say('next');
    const heel = await c.say('yes my heel');
    expect(heel.speech).toMatch(/Let's give your heel a minute/);
  });

  it('guides a minute on a tender spot, then its neighbour, and remembers it next time', async () => {
    const c = conversation();
    await begin(c);
    await c.say('no');
    let turn = await c.say('on a chair');
    expect(turn.speech).toMatch(TENDER);
    const heel = await c.say('my heel');
    expect(heel.speech).toMatch(/your heel/);
    expect(heel.speech).toMatch(/Traditionally, the heel is linked with/);
    expect(heel.speech).toMatch(/Press, and circle/);
    expect(heel.speech).toMatch(/And rest/);
    // The hold and its neighbour flow on in one response.
    const [hold, neighbour] = heel.speech.split(/Now its neighbou?r/);
    // At least a minute on the spot itself: timed silences plus the spoken cues between them.
    expect(pauses(hold!)).toBeGreaterThanOrEqual(45);
    expect(hold).toMatch(/And release/);
    expect(neighbour).toMatch(/inner edge of your sole/);

    // The left foot's tender question remembers the heel.
    turn = heel;
    for (let i = 0; i < 5 && !TENDER.test(turn.speech); i++) turn = await c.say('next');
    expect(turn.speech).toMatch(/Last time it was your heel/);
  });

  it('hears "my heel hurts" outside a routine as a question, and answers where to press', async () => {
    const c = conversation();
    const heel = await c.say('my heel hurts');
    expect(heel.speech).toMatch(/For heel pain, tradition points to the heel/);
    expect(heel.speech).toMatch(/Shall I guide you through it\?$/);
    const hold = await c.say('yes');
    // A first-time user hears the safety check before any hold.
    expect(hold.speech).toMatch(SAFETY);
  });

  it('repeats an answer given mid-routine, and a step the routine way, from its start', async () => {
    const c = conversation();
    await begin(c);
    const answer = await c.say('@20 how much time is left');
    expect((await c.say('repeat')).speech).toBe(answer.speech);
    const step = await c.say('next');
    expect(step.speech).toMatch(/^Now trample on the spot/);
    const again = await c.say('@20 repeat');
    expect(again.speech).toMatch(/^Now trample on the spot/);
    // After the whole block, only the question that closed it.
    expect((await c.say('repeat')).speech).toMatch(/^Would you like a warm foot bath first/);
  });

  it('keeps the routine going when "forget my data" is declined mid-routine', async () => {
    const c = conversation();
    let turn = await begin(c);
    for (let i = 0; i < 8 && !FOOT_BATH.test(turn.speech); i++) turn = await c.say('next');
    await c.say('forget my data');
    const kept = await c.say('no');
    expect(kept.speech).toMatch(/^Okay, I haven't erased anything\. /);
    expect(kept.speech).toMatch(FOOT_BATH);
    expect((await c.say('no')).speech).toMatch(POSTURE);
  });

  it('answers a question mid-routine and offers the routine again', async () => {
    const c = conversation();
    await begin(c);
    const time = await c.say('@20 how much time is left');
    expect(time.speech).toMatch(/About \d+ minutes of massage left|left in all/);
    expect(time.speech).toMatch(/Shall we get back to your massage|Ready|next/);
    const where = await c.say('where am i');
    expect(where.speech).toMatch(/You're at the warm-up/);
    const safety = await c.say('hear the contraindications');
    expect(safety.speech).toMatch(/Blood clots/);
    expect(safety.speech).toMatch(/Shall we get back to your massage, with rising on your toes\?/);
    const help = await c.say('help');
    expect(help.speech).toMatch(/Say next to go on/);
    const on = await c.say('yes');
    expect(on.speech).toMatch(/Rise up onto your toes/);
  });

  it('names a question that is a whole phase of its own once, wherever it is described', async () => {
    const c = conversation();
    await c.say('start my foot massage');
    const where = await c.say('where am i');
    expect(where.speech).toMatch(/^You're at the safety check\. /);
    await c.say('stop');
    const welcome = await c.say('open foot massage coach');
    expect(welcome.speech).toMatch(/You stopped at the safety check\. Shall we pick up there\?/);
    const back = await c.say('yes');
    expect(back.speech).toMatch(/^Picking up at the safety check\. /);
  });

  it('offers a routine left by "stop" at the next launch, and picks up at the same step', async () => {
    const c = conversation();
    await begin(c);
    await c.say('no');
    await c.say('on a chair');
    // "Stop" 40 s in: during the general massage, after the words that open the foot.
    const stop = await c.say('@40 stop');
    expect(stop.speech).toMatch(/kept your place/);
    expect(stop.ended).toBe(true);

    const launch = await c.say('open foot massage coach');
    expect(launch.speech).toMatch(
      /You stopped at your right foot, the general massage\. Shall we pick up there\?/,
    );
    const resumed = await c.say('yes');
    expect(resumed.speech).toMatch(/Picking up at your right foot, the general massage/);
    // The whole step again, told where the foot goes and how to stroke.
    expect(resumed.speech).toMatch(/Rest your right foot on the seat of a chair/);
    expect(resumed.speech).toMatch(/stroke your whole right foot, from the toes down to the heel/);
  });

  it('explains the offer of a routine left open on "not sure" or "tell me more"', async () => {
    for (const unsure of ['not sure', 'tell me more']) {
      const c = conversation();
      await begin(c);
      await c.say('stop');
      await c.say('open foot massage coach');
      const explained = await c.say(unsure);
      expect(explained.speech).toMatch(/^Say yes, and we'll carry on from where you stopped\./);
      expect(explained.speech).toMatch(/Shall we pick up there\?$/);
    }
  });

  it('picks up a routine left open on a one-shot "I\'m back" or "next", saying where', async () => {
    for (const said of ["tell foot massage coach I'm back", 'tell foot massage coach next']) {
      const c = conversation();
      await begin(c);
      await c.say('@60 stop');
      const back = await c.say(said);
      expect(back.speech).toMatch(
        /^Picking up at the warm-up, trampling on the spot\. Now trample/,
      );
    }
  });

  it('offers a routine left by silence too, and lets the person decline it', async () => {
    const c = conversation();
    await begin(c);
    await c.endSession('EXCEEDED_MAX_REPROMPTS');
    const launch = await c.say('open foot massage coach');
    expect(launch.speech).toMatch(/You stopped at the foot bath/);
    const no = await c.say('no');
    expect(no.speech).toMatch(/we'll leave that one/);
    expect(no.ended).toBe(false);
    const next = await c.say('next');
    expect(next.speech).toMatch(/no massage going on/);
  });

  it('offers the open routine to a one-shot "start my foot massage" too', async () => {
    const c = conversation();
    await begin(c);
    await c.say('@20 stop');
    const start = await c.say('start my foot massage');
    expect(start.speech).toMatch(/You stopped at the warm-up/);
    expect((await c.say('no thanks')).speech).toMatch(/leave that one/);
  });

  it('keeps the place when "start my foot massage" is said again mid-routine', async () => {
    const c = conversation();
    await begin(c);
    const again = await c.say('@20 start my foot massage');
    expect(again.speech).toMatch(/already in the middle of your massage/);
    expect(again.speech).toMatch(/Shall we get back to your massage, with rising on your toes\?/);
    const over = await c.say('start over');
    expect(over.speech).toMatch(/Rise up onto your toes/);
  });

  it('keeps the place too when the length asked for is one it does not know', async () => {
    const c = conversation();
    await begin(c);
    // Typed "15 minute" is now heard as the spoken "fifteen minute", the standard length's own
    // synonym; forty minutes is a length the skill has none of.
    const again = await c.say('start a 40 minute massage');
    expect(again.speech).toMatch(/already in the middle of your massage/);
  });

  it('fits a guided hold asked for at launch into the routine on offer, losing nothing', async () => {
    const c = conversation();
    await begin(c);
    await c.say('@20 stop');
    const launch = await c.say('open foot massage coach');
    expect(launch.speech).toMatch(/You stopped at the warm-up/);
    await c.say('where do I press for a headache');
    const hold = await c.say('yes');
    expect(hold.speech).toMatch(/Let's give the big toe some time now, then carry on/);
    await c.say('stop');
    const later = await c.say('open foot massage coach');
    expect(later.speech).toMatch(/You stopped at/);
  });

  it('changes the remembered position by voice, and asks again when it did not understand', async () => {
    const c = conversation();
    await c.say('start my foot massage');
    await c.say('no');
    await c.say('no');
    const unsure = await c.say("I don't know");
    expect(unsure.speech).toMatch(/a foot on a chair seat is the easiest/);
    const chosen = await c.say('lying on my back');
    expect(chosen.speech).toMatch(/lying on your back, leg raised and bent/);
  });

  // People answer in the question's own words ("How would you like to sit? With your foot on
  // your other thigh, your foot on a chair seat, half sitting on the edge of a chair, or lying on
  // your back with your leg raised and bent?"), whole or in part.
  it.each([
    ['my foot on my other thigh', 'your foot on your other thigh'],
    ['on my other thigh', 'your foot on your other thigh'],
    ['a chair seat', 'your foot on a chair seat'],
    ['my foot on a chair seat', 'your foot on a chair seat'],
    ['the edge of a chair', 'half sitting on the edge of a chair'],
    ['half sitting on the edge of a chair', 'half sitting on the edge of a chair'],
    ['lying on my back with my leg raised and bent', 'lying on your back, leg raised and bent'],
  ])('understands the position "%s" as the question words it', async (said, chosen) => {
    const c = conversation();
    await c.say('start my foot massage');
    await c.say('no');
    await c.say('no');
    // The confirmation, not the question again (which names every position too).
    expect((await c.say(said)).speech).toContain(`Great: ${chosen} it is. I'll remember that.`);
  });

  describe('help fits where the routine stands, and hands back to it', () => {
    const NEXT = /Say next to go on/;

    it('while a step plays: the controls', async () => {
      const c = conversation();
      await begin(c);
      const help = await c.say('@20 help');
      expect(help.speech).toMatch(NEXT);
      expect(help.ended).toBe(false);
    });

    it('at a question: the answer first, then the question again', async () => {
      const c = conversation();
      await c.say('start my foot massage');
      const help = await c.say('help');
      expect(help.speech).toMatch(/I need your answer to this question/);
      expect(help.speech).toMatch(/Any heart or circulation trouble/);
      expect(help.speech).not.toMatch(NEXT);
    });

    it('while paused: the place is kept, and "resume" carries on', async () => {
      const c = conversation();
      await begin(c);
      await c.say('@20 pause');
      const help = await c.say('help');
      expect(help.speech).toMatch(/Your massage is paused/);
      expect(help.speech).toMatch(/Say resume when you're ready\.$/);
      expect(help.speech).not.toMatch(NEXT);
      const misheard = await c.say('purple monkey dishwasher');
      expect(misheard.speech).toBe("Sorry, I didn't catch that. Say resume when you're ready.");
    });

    it('during the foot bath: take your time', async () => {
      const c = conversation();
      let turn = await begin(c);
      for (let i = 0; i < 8 && !FOOT_BATH.test(turn.speech); i++) turn = await c.say('next');
      await c.say('yes');
      const help = await c.say('help');
      expect(help.speech).toMatch(/waiting while you have your foot bath/);
      expect(help.speech).toMatch(/I'm back/);
      expect(help.speech).not.toMatch(NEXT);
    });

    it('at the launch offer of a routine left open: yes picks it up', async () => {
      const c = conversation();
      await begin(c);
      await c.say('stop');
      await c.say('open foot massage coach');
      const help = await c.say('help');
      expect(help.speech).toMatch(/Say yes to pick it up/);
      expect(help.speech).toMatch(/Shall we pick up there\?$/);
      expect(help.speech).not.toMatch(NEXT);
    });
  });

  it('asks a question again on what it did not catch, without "say next to go on"', async () => {
    const c = conversation();
    await c.say('start my foot massage');
    await c.say('no');
    await c.say('no');
    const misheard = await c.say('purple monkey dishwasher');
    expect(misheard.speech).toMatch(/^Sorry, I didn't catch that\. How would you like to sit\?/);
    expect(misheard.speech).not.toMatch(/say next/i);
  });
});
