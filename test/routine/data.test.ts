import { knowledge, routine } from '../support/en-us-words';
import {
  initialState,
  isPostureId,
  POSTURE_IDS,
  postureSlotType,
  restoreRun,
  stateFromUser,
  applyToUser,
  TENDER_ZONE_IDS,
  tenderZoneSlotType,
  transition,
  VARIANTS,
  zoneTarget,
  canonicalZone,
  estimateSpeechSeconds,
  PROMPT_SECONDS,
  type UserFields,
} from '../../lambda/routine';
import { lookup, say } from './say';

describe('slot types', () => {
  it.each([
    [postureSlotType(), POSTURE_IDS],
    [tenderZoneSlotType(), TENDER_ZONE_IDS],
  ] as const)('$name covers every id the engine uses, with many synonyms', (type, ids) => {
    expect(type.values.map((v) => v.id).sort()).toEqual([...ids].sort());
    for (const v of type.values) expect(v.name.synonyms.length).toBeGreaterThanOrEqual(4);
    const all = type.values.flatMap((v) => [v.name.value, ...v.name.synonyms]);
    expect(new Set(all).size).toBe(all.length);
    for (const s of all) expect(s).toMatch(/^[a-z ]+$/);
  });

  it('understands what people say', () => {
    const idOf = (type: ReturnType<typeof postureSlotType>, said: string) =>
      type.values.find((v) => v.name.value === said || v.name.synonyms.includes(said))?.id;
    expect(idOf(tenderZoneSlotType(), 'my heel')).toBe('heel');
    expect(idOf(tenderZoneSlotType(), 'under the big toe')).toBe('big-toe');
    expect(idOf(tenderZoneSlotType(), 'the arch')).toBe('arch');
    expect(idOf(postureSlotType(), 'on the chair')).toBe('chair-seat');
    expect(idOf(postureSlotType(), 'lying down')).toBe('lying');
  });
});

describe('zones', () => {
  it.each(TENDER_ZONE_IDS)('%s has words, a traditional link and a neighbour', (zone) => {
    const t = zoneTarget(zone);
    expect(say(t.whereKey).length).toBeGreaterThan(10);
    expect(say(t.linkedKey)).toMatch(/^Traditionally, /);
    expect(say(t.linkedKey)).not.toMatch(/cure|heal|treat/i);
    expect(isPostureId(zone)).toBe(false);
    expect(canonicalZone(t.neighbour!.id)).toBe(t.neighbour!.id);
    expect(t.neighbour!.id).not.toBe(zone);
  });
});

describe('routine.json', () => {
  it.each(Object.entries(VARIANTS))('has exactly %s variants for "%s"', (base, count) => {
    const variants = lookup(`routine:ask.${base}`) as string[];
    expect(variants).toHaveLength(count);
    expect(new Set(variants).size).toBe(count);
  });

  it('is plain spoken text: no SSML, no diagnosis, no cure', () => {
    const raw = JSON.stringify(lookup('routine:zones')) + JSON.stringify(lookup('routine:steps'));
    expect(raw).not.toMatch(/<[a-z]/);
    expect(raw).not.toMatch(/\bcure|diagnos/i);
  });
});

describe('stored state', () => {
  it('round-trips through the user state, run included', () => {
    const started = transition(
      initialState({ safetyHeard: true, posture: 'lying' }),
      { type: 'start', length: 'quick' },
      say,
    ).state;
    const user: UserFields = { safetyCheckHeard: false, tenderSpots: ['heel'] };
    applyToUser(started, user);
    const back = stateFromUser(JSON.parse(JSON.stringify(user)) as UserFields);
    expect(back.run).toEqual(started.run);
    expect(back.memory).toEqual(started.memory);
    expect(back.run!.schemaVersion).toBe(1);
  });

  it('clears the stored run when the routine is over', () => {
    const stopped = transition(initialState(), { type: 'start' }, say).state;
    const ended = transition(stopped, { type: 'yes' }, say).state;
    const user: UserFields = { safetyCheckHeard: false, tenderSpots: [], routine: stopped.run };
    applyToUser(ended, user);
    expect(user.routine).toBeUndefined();
  });

  it('rejects foreign or partial runs', () => {
    expect(restoreRun(null)).toBeUndefined();
    expect(restoreRun('x')).toBeUndefined();
    expect(restoreRun({ schemaVersion: 1, kind: 'routine', length: 'long' })).toBeUndefined();
    const user: UserFields = { safetyCheckHeard: true, posture: 'sofa', tenderSpots: [] };
    expect(stateFromUser(user).memory.posture).toBeUndefined();
  });
});

describe('closing prompts', () => {
  // Every name a prompt can carry: the plan's steps and phases, and every place a hold can be on.
  const names = [
    ...Object.values(routine.steps).flatMap((s) => ('name' in s ? [s.name] : [])),
    ...Object.values(routine.phases).map((p) => p.name),
    ...Object.values(routine.zones).map((z) => z.name),
    ...Object.values(knowledge.point).map((p) => p.name),
    ...Object.values(knowledge.zone).map((z) => z.name),
  ];

  it('each fits the time the engine keeps for it, with the longest name it can carry', () => {
    const too: string[] = [];
    for (const variants of Object.values(routine.ask)) {
      for (const prompt of ([] as string[]).concat(variants)) {
        for (const name of names) {
          const text = prompt.replace('{{step}}', name).replace('{{phase}}', name);
          if (estimateSpeechSeconds(text) > PROMPT_SECONDS) too.push(text);
        }
      }
    }
    expect(too).toEqual([]);
  });
});
