import fc from 'fast-check';
import type { Intent, Request, Slot } from 'ask-sdk-model';
import {
  applyToUser,
  initialState,
  transition,
  POSTURE_IDS,
  PLAN_LENGTHS,
  type RoutineEvent,
  type RoutineState,
} from '../../../lambda/routine';
import { TENDER_ZONE_IDS } from '../../../lambda/routine/zones';
import { USER_STATE_VERSION, type UserState } from '../../../lambda/state/user-state';
import { authorityFor } from '../../../tools/nlu/entity-resolution';
import {
  DEFAULT_APPLICATION_ID,
  intentRequest,
  launchRequest,
  sessionEndedRequest,
} from '../../../tools/simulator/envelope';
import { say } from '../../routine/say';
import type { ModelFacts, ModelIntent, ModelSlot } from './model';

/**
 * What can be done to an otherwise good envelope. Kept as plain labels (not functions) so that
 * fast-check prints a failing case readably and shrinks it toward 'none'.
 */
export type Mutation =
  | { kind: 'none' }
  | { kind: 'no-context' }
  | { kind: 'no-system' }
  | { kind: 'no-session-user' }
  | { kind: 'no-system-user' }
  | { kind: 'no-user-anywhere' }
  | { kind: 'no-attributes' }
  | { kind: 'null-attributes' }
  | { kind: 'flip-new' }
  | { kind: 'no-application' }
  | { kind: 'no-device' }
  | { kind: 'no-request-id-or-timestamp' }
  | { kind: 'locale'; locale: string | undefined }
  | { kind: 'version'; version: string }
  | { kind: 'extra-fields'; fields: Record<string, unknown> };

/**
 * Whether Alexa itself could send this. Realistic requests must be answered by a real handler;
 * for the rest (forged or truncated envelopes) the error handler's apology is an acceptable answer.
 */
export interface Realism {
  realistic: boolean;
}

export type Step = Realism &
  (
    | { kind: 'launch'; mutation: Mutation }
    | { kind: 'intent'; intent: Intent; dialogState?: string; mutation: Mutation }
    | { kind: 'ended'; reason: string; error?: { type: string; message: string } }
    | { kind: 'unknown-type'; type: string; extra: Record<string, unknown>; mutation: Mutation }
  );

/** Mutations Alexa could produce itself (other English locales, new fields in a later API). */
const REALISTIC_MUTATIONS = new Set<Mutation['kind']>(['none', 'extra-fields', 'flip-new']);

const MESSY_STRINGS = [
  '',
  ' ',
  '<speak>',
  '</speak>',
  '<break time="30s"/>',
  '&amp;',
  '& < > " \'',
  ']]>',
  '{{complaint}}',
  '$t(help.general)',
  '__proto__',
  'constructor',
  'toString',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '\u202Eheadache',
  'e\u0301',
  '🦶🏽',
  'ｈｅａｄａｃｈｅ',
  'HEADACHE',
  '  headache  ',
  'head ache',
  '头痛',
  'صداع',
  'null',
  'undefined',
  'NaN',
];

/** Absurd slot values: unicode of every kind, markup, template syntax, and very long strings. */
export const messyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...MESSY_STRINGS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(
      fc.constantFrom('foot ', 'é', '<&', '🦶', 'headache '),
      fc.integer({ min: 500, max: 12000 }),
    )
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length))),
);

const resolved = (applicationId: string, slot: ModelSlot, id: string, name: string) => ({
  resolutionsPerAuthority: [
    {
      authority: authorityFor(applicationId, slot.type),
      status: { code: 'ER_SUCCESS_MATCH' as const },
      values: [{ value: { id, name } }],
    },
  ],
});

// Alexa sends no `values` with a non-match, although ask-sdk-model's type insists on them.
const unmatched = (applicationId: string, slot: ModelSlot) =>
  ({
    resolutionsPerAuthority: [
      {
        authority: authorityFor(applicationId, slot.type),
        status: { code: 'ER_SUCCESS_NO_MATCH' as const },
      },
    ],
  }) as unknown as Slot['resolutions'];

type SlotVariant = Realism & { slot: Slot | undefined };

/** One declared slot, in every shape Alexa sends (and a few it never should). */
function slotArb(slot: ModelSlot, applicationId: string): fc.Arbitrary<SlotVariant> {
  const base = { name: slot.name, confirmationStatus: 'NONE' as const };
  const real = (s: Slot | undefined): SlotVariant => ({ realistic: true, slot: s });
  const forged = (s: Slot): SlotVariant => ({ realistic: false, slot: s });
  const variants: Array<fc.WeightedArbitrary<SlotVariant>> = [
    { weight: 2, arbitrary: fc.constant(real(undefined)) },
    { weight: 2, arbitrary: fc.constant(real(base)) },
    { weight: 1, arbitrary: fc.constant(real({ ...base, value: '' })) },
    {
      weight: 2,
      arbitrary: messyText.map((value) =>
        real({ ...base, value, resolutions: unmatched(applicationId, slot) }),
      ),
    },
    { weight: 1, arbitrary: messyText.map((value) => real({ ...base, value })) },
    {
      // A model ahead of the code: an id the skill has never heard of.
      weight: 1,
      arbitrary: fc
        .tuple(messyText, messyText)
        .map(([value, id]) =>
          forged({ ...base, value, resolutions: resolved(applicationId, slot, id, value) }),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<Record<string, unknown>>(
          { resolutionsPerAuthority: [] },
          { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [] }] },
          { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' } }] },
          { resolutionsPerAuthority: [{ status: {}, values: [{ value: {} }] }] },
          { resolutionsPerAuthority: [{ status: { code: 'ER_ERROR_TIMEOUT' } }] },
          {},
        )
        .map((resolutions) => forged({ ...base, value: 'x', resolutions } as unknown as Slot)),
    },
  ];
  if (slot.values.length > 0) {
    variants.push({
      weight: 6,
      arbitrary: fc.constantFrom(...slot.values).chain((v) =>
        fc.constantFrom(v.name.value, ...(v.name.synonyms ?? [])).map((spoken) =>
          real({
            ...base,
            value: spoken,
            resolutions: resolved(applicationId, slot, v.id ?? v.name.value, v.name.value),
          }),
        ),
      ),
    });
  }
  return fc.oneof(...variants);
}

/** A slot filled with one of its type's listed values, as Alexa sends a clean match. */
export function matchedSlot(slot: ModelSlot, applicationId: string): fc.Arbitrary<Slot> {
  return fc.constantFrom(...slot.values).map((v) => ({
    name: slot.name,
    confirmationStatus: 'NONE' as const,
    value: v.name.value,
    resolutions: resolved(applicationId, slot, v.id ?? v.name.value, v.name.value),
  }));
}

const confirmation = fc.constantFrom('NONE', 'NONE', 'NONE', 'CONFIRMED', 'DENIED') as fc.Arbitrary<
  Intent['confirmationStatus']
>;

/** Any intent of the model, its slots in any shape. */
export function modelIntentArb(
  intent: ModelIntent,
  applicationId = DEFAULT_APPLICATION_ID,
): fc.Arbitrary<{ intent: Intent; realistic: boolean }> {
  const slotArbs = intent.slots.map((s) => slotArb(s, applicationId));
  return fc
    .record({
      confirmationStatus: confirmation,
      slots: fc.tuple(...slotArbs),
      undeclared: fc.oneof(
        { weight: 7, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constant({ name: 'notInTheModel', value: 'heel' }) },
      ),
      noSlotsObject: fc.boolean(),
    })
    .map(({ confirmationStatus, slots, undeclared, noSlotsObject }) => {
      const byName: Record<string, Slot> = {};
      for (const variant of slots) if (variant.slot) byName[variant.slot.name] = variant.slot;
      if (undeclared) byName[undeclared.name] = { ...undeclared, confirmationStatus: 'NONE' };
      const withoutSlots = noSlotsObject && Object.keys(byName).length === 0;
      return {
        intent: {
          name: intent.name,
          confirmationStatus,
          ...(withoutSlots ? {} : { slots: byName }),
        } as Intent,
        realistic: slots.every((v) => v.realistic),
      };
    });
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 30, arbitrary: fc.constant({ kind: 'none' as const }) },
  ...(
    [
      'no-context',
      'no-system',
      'no-session-user',
      'no-system-user',
      'no-user-anywhere',
      'no-attributes',
      'null-attributes',
      'flip-new',
      'no-application',
      'no-device',
      'no-request-id-or-timestamp',
    ] as const
  ).map((kind) => ({ weight: 1, arbitrary: fc.constant({ kind }) as fc.Arbitrary<Mutation> })),
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.constantFrom('en-GB', 'en-AU', 'en-IN', 'de-DE', 'fr-FR', 'EN-us', '', 'xx', undefined),
        messyText,
      )
      .map((locale) => ({ kind: 'locale' as const, locale })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('2.0', '').map((version) => ({ kind: 'version' as const, version })),
  },
  {
    weight: 1,
    arbitrary: fc
      .dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })
      .map((fields) => ({ kind: 'extra-fields' as const, fields })),
  },
);

const realisticMutation = (m: Mutation) =>
  REALISTIC_MUTATIONS.has(m.kind) ||
  (m.kind === 'locale' && ['en-GB', 'en-AU', 'en-IN'].includes(m.locale ?? ''));

/** Edits an envelope in place (it is always a fresh copy). */
export function applyMutation(envelope: Record<string, unknown>, mutation: Mutation): void {
  const session = envelope.session as Record<string, unknown> | undefined;
  const context = envelope.context as { System?: Record<string, unknown> } | undefined;
  const request = envelope.request as Record<string, unknown>;
  switch (mutation.kind) {
    case 'none':
      return;
    case 'no-context':
      delete envelope.context;
      return;
    case 'no-system':
      if (context) delete context.System;
      return;
    case 'no-session-user':
      if (session) delete session.user;
      return;
    case 'no-system-user':
      if (context?.System) delete context.System.user;
      return;
    case 'no-user-anywhere':
      if (session) delete session.user;
      if (context?.System) delete context.System.user;
      return;
    case 'no-attributes':
      if (session) delete session.attributes;
      return;
    case 'null-attributes':
      if (session) session.attributes = null;
      return;
    case 'flip-new':
      if (session) session.new = !session.new;
      return;
    case 'no-application':
      if (session) delete session.application;
      if (context?.System) delete context.System.application;
      return;
    case 'no-device':
      if (context?.System) delete context.System.device;
      return;
    case 'no-request-id-or-timestamp':
      delete request.requestId;
      delete request.timestamp;
      return;
    case 'locale':
      if (mutation.locale === undefined) delete request.locale;
      else request.locale = mutation.locale;
      return;
    case 'version':
      envelope.version = mutation.version;
      return;
    case 'extra-fields':
      // New fields, as a later version of the API would add; existing ones keep their meaning.
      for (const [key, value] of Object.entries(mutation.fields))
        if (!(key in request)) request[key] = value;
      envelope.futureField = mutation.fields;
      return;
  }
}

/** The request a step sends; envelope helpers give it the fields Alexa always fills in. */
export function requestOf(step: Step): Request {
  switch (step.kind) {
    case 'launch':
      return launchRequest();
    case 'intent': {
      const request = intentRequest(step.intent);
      if (step.dialogState === undefined) delete (request as { dialogState?: string }).dialogState;
      else (request as { dialogState?: string }).dialogState = step.dialogState;
      return request;
    }
    case 'ended':
      return {
        ...sessionEndedRequest('USER_INITIATED'),
        reason: step.reason,
        ...(step.error ? { error: step.error } : {}),
      } as Request;
    case 'unknown-type':
      return { ...step.extra, ...launchRequest(), type: step.type } as unknown as Request;
  }
}

export const mutationOf = (step: Step): Mutation =>
  step.kind === 'ended' ? { kind: 'none' } : step.mutation;

/** Built-in and interface intents a skill can receive although its model never declared them. */
const FOREIGN_INTENTS = [
  'AMAZON.ScrollDownIntent',
  'AMAZON.SelectIntent',
  'AMAZON.MoreIntent',
  'AMAZON.ShuffleOnIntent',
  'AMAZON.LoopOffIntent',
  'AMAZON.SendToPhoneIntent',
  'RemovedLastReleaseIntent',
];

const UNKNOWN_REQUEST_TYPES = [
  'AudioPlayer.PlaybackStarted',
  'AudioPlayer.PlaybackFailed',
  'PlaybackController.NextCommandIssued',
  'System.ExceptionEncountered',
  'Alexa.Presentation.APL.UserEvent',
  'Alexa.Presentation.APLA.RuntimeError',
  'CanFulfillIntentRequest',
  'Connections.Response',
  'Dialog.API.Invoked',
  'Display.ElementSelected',
  'Messaging.MessageReceived',
  'Reminders.ReminderCreated',
];

const SESSION_ENDED_ERRORS = [
  'INVALID_RESPONSE',
  'DEVICE_COMMUNICATION_ERROR',
  'INTERNAL_SERVICE_ERROR',
  'ENDPOINT_TIMEOUT',
];

export function stepArb(facts: ModelFacts, applicationId = DEFAULT_APPLICATION_ID) {
  const modelNames = new Set(facts.intents.map((i) => i.name));
  const modelIntent = fc
    .constantFrom(...facts.intents)
    .chain((intent) => modelIntentArb(intent, applicationId))
    .chain(({ intent, realistic }) =>
      fc
        .record({
          mutation: mutationArb,
          dialogState: fc.constantFrom('COMPLETED', 'STARTED', 'IN_PROGRESS', undefined),
        })
        .map(({ mutation, dialogState }): Step => ({
          kind: 'intent',
          intent,
          dialogState,
          mutation,
          realistic: realistic && realisticMutation(mutation),
        })),
    );
  const unknownIntent = fc
    .record({
      name: fc
        .oneof(fc.constantFrom(...FOREIGN_INTENTS), fc.string({ maxLength: 60 }))
        .filter((name) => !modelNames.has(name)),
      mutation: mutationArb,
    })
    .map(({ name, mutation }): Step => ({
      kind: 'intent',
      intent: { name, confirmationStatus: 'NONE', slots: {} },
      mutation,
      // Any intent the code does not know must reach the fallback handler, not the error one.
      realistic: realisticMutation(mutation),
    }));
  const launch = mutationArb.map((mutation): Step => ({
    kind: 'launch',
    mutation,
    realistic: realisticMutation(mutation),
  }));
  const ended = fc
    .record({
      reason: fc.oneof(
        fc.constantFrom('USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS'),
        fc.string({ maxLength: 20 }),
      ),
      error: fc.option(
        fc.record({
          type: fc.oneof(fc.constantFrom(...SESSION_ENDED_ERRORS), fc.string({ maxLength: 20 })),
          message: messyText,
        }),
      ),
    })
    .map(({ reason, error }): Step => ({
      kind: 'ended',
      reason,
      ...(error ? { error } : {}),
      realistic: true,
    }));
  const unknownType = fc
    .record({
      type: fc.oneof(fc.constantFrom(...UNKNOWN_REQUEST_TYPES), fc.string({ maxLength: 30 })),
      extra: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), {
        maxKeys: 3,
      }),
      mutation: mutationArb,
    })
    .filter(({ type }) => !['LaunchRequest', 'IntentRequest', 'SessionEndedRequest'].includes(type))
    .map(({ type, extra, mutation }): Step => ({
      kind: 'unknown-type',
      type,
      extra,
      mutation,
      realistic: false,
    }));
  return fc.oneof(
    { weight: 12, arbitrary: modelIntent },
    { weight: 2, arbitrary: launch },
    { weight: 1, arbitrary: ended },
    { weight: 1, arbitrary: unknownIntent },
    { weight: 1, arbitrary: unknownType },
  );
}

/** A clean, realistic intent step. */
export const cleanIntent = (intent: Intent): Step => ({
  kind: 'intent',
  intent: { slots: {}, ...intent },
  dialogState: 'COMPLETED',
  mutation: { kind: 'none' },
  realistic: true,
});

const builtIn = (name: string) => cleanIntent({ name, confirmationStatus: 'NONE' });

/**
 * The openings that put a session mid-routine or mid-question: start, answer the safety check
 * (mostly "no"), pick a posture, move on; or ask for a point and answer the offer to guide a hold.
 * Intents are taken from the model, so the ones a teammate adds join in automatically.
 */
export function openingArb(
  facts: ModelFacts,
  applicationId = DEFAULT_APPLICATION_ID,
): fc.Arbitrary<Step[]> {
  const has = (name: string) => facts.find(name) !== undefined;
  const openings: Array<fc.Arbitrary<Step[]>> = [fc.constant([])];

  const start = facts.find('StartMassageIntent');
  if (start) {
    const lengthSlot = start.slots.find((s) => s.values.length > 0);
    const startStep = (
      lengthSlot
        ? fc.option(matchedSlot(lengthSlot, applicationId), { freq: 3 })
        : fc.constant(null)
    ).map((slot) =>
      cleanIntent({
        name: start.name,
        confirmationStatus: 'NONE',
        slots: slot ? { [slot.name]: slot } : {},
      }),
    );
    const notSure = facts.intents.filter((i) => /NotSure|DontKnow/i.test(i.name));
    const safetyAnswer = fc.oneof(
      { weight: 6, arbitrary: fc.constant('AMAZON.NoIntent') },
      { weight: 1, arbitrary: fc.constant('AMAZON.YesIntent') },
      ...notSure.map((i) => ({ weight: 1, arbitrary: fc.constant(i.name) })),
    );
    const postures = facts.withSlotType(/posture/i).filter(({ slot }) => slot.values.length > 0);
    const postureAnswer: fc.Arbitrary<Step[]> =
      postures.length > 0
        ? fc.constantFrom(...postures).chain(({ intent, slot }) =>
            matchedSlot(slot, applicationId).map((s) => [
              cleanIntent({
                name: intent.name,
                confirmationStatus: 'NONE',
                slots: { [s.name]: s },
              }),
            ]),
          )
        : fc.constant([]);
    const moves = fc.array(
      fc.constantFrom(
        'AMAZON.NextIntent',
        'AMAZON.NextIntent',
        'AMAZON.NextIntent',
        'AMAZON.NoIntent',
        'AMAZON.YesIntent',
        'AMAZON.PauseIntent',
        'AMAZON.ResumeIntent',
      ),
      { maxLength: 8 },
    );
    openings.push(
      fc
        .tuple(startStep, safetyAnswer.filter(has), postureAnswer, moves)
        .map(([s, answer, posture, rest]) => [
          s,
          builtIn(answer),
          ...posture,
          ...rest.filter(has).map(builtIn),
        ]),
    );
  }

  const questions = facts
    .withSlotType(/ailment|complaint|zone|point|place|topic/i)
    .filter(({ slot }) => slot.values.length > 0);
  if (questions.length > 0) {
    openings.push(
      fc
        .tuple(
          fc.constantFrom(...questions).chain(({ intent, slot }) =>
            matchedSlot(slot, applicationId).map((s) =>
              cleanIntent({
                name: intent.name,
                confirmationStatus: 'NONE',
                slots: { [s.name]: s },
              }),
            ),
          ),
          fc.constantFrom('AMAZON.YesIntent', 'AMAZON.NoIntent', 'AMAZON.NextIntent'),
        )
        .map(([question, answer]) => [question, builtIn(answer)]),
    );
  }
  return fc.oneof(...openings);
}

const engineEvent: fc.Arbitrary<RoutineEvent> = fc.oneof(
  fc.constantFrom<RoutineEvent>(
    { type: 'yes' },
    { type: 'no' },
    { type: 'not-sure' },
    { type: 'next' },
    { type: 'next' },
    { type: 'next' },
    { type: 'previous' },
    { type: 'repeat' },
    { type: 'pause' },
    { type: 'resume' },
    { type: 'skip' },
    { type: 'start-over' },
    { type: 'time-left' },
    { type: 'where-am-i' },
    { type: 'explain' },
  ),
  fc.constantFrom(...PLAN_LENGTHS).map((length): RoutineEvent => ({ type: 'start', length })),
  fc.constantFrom(...POSTURE_IDS).map((posture): RoutineEvent => ({ type: 'posture', posture })),
  fc
    .constantFrom(...TENDER_ZONE_IDS, 'not-a-zone')
    .map((zone): RoutineEvent => ({ type: 'tender-spot', zone })),
  fc
    .option(fc.constantFrom(...TENDER_ZONE_IDS))
    .map((zone): RoutineEvent => ({ type: 'guided-hold', ...(zone ? { zone } : {}) })),
);

export const engineEventsArb = (maxLength: number) => fc.array(engineEvent, { maxLength });

/** Runs the real engine, so the stored routines a session starts from are ones it could have made. */
export function driveEngine(events: readonly RoutineEvent[], from = initialState()): RoutineState {
  let state = from;
  for (const event of events) state = transition(state, event, say).state;
  return state;
}

/** What storage may already hold for the user when the fuzzed session starts. */
export const storedStateArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 4,
    arbitrary: fc
      .record({
        visits: fc.nat({ max: 500 }),
        safetyHeard: fc.boolean(),
        posture: fc.option(fc.constantFrom(...POSTURE_IDS)),
        spots: fc.subarray([...TENDER_ZONE_IDS], { maxLength: 5 }),
        events: fc.tuple(fc.constantFrom(...PLAN_LENGTHS), engineEventsArb(25)),
      })
      .map(({ visits, safetyHeard, posture, spots, events: [length, events] }) => {
        const user: UserState = {
          schemaVersion: USER_STATE_VERSION,
          visits,
          safetyCheckHeard: safetyHeard,
          tenderSpots: spots,
          ...(posture ? { posture } : {}),
        };
        const from = initialState({
          safetyHeard,
          tenderSpots: spots,
          ...(posture ? { posture } : {}),
        });
        applyToUser(driveEngine([{ type: 'start', length }, ...events], from), user);
        return user;
      }),
  },
  {
    // Older, partial or foreign stored items: the skill must migrate them, never trip on them.
    weight: 2,
    arbitrary: fc.oneof(
      fc.object({ maxDepth: 2 }),
      fc.record(
        {
          schemaVersion: fc.constantFrom(0, 1, 99, '1'),
          visits: fc.oneof(fc.integer(), fc.double(), fc.string()),
          safetyCheckHeard: fc.anything({ maxDepth: 1 }),
          posture: fc.oneof(messyText, fc.integer()),
          tenderSpots: fc.oneof(fc.array(fc.anything({ maxDepth: 1 })), fc.string()),
          preferredLength: fc.oneof(messyText, fc.constantFrom(...PLAN_LENGTHS)),
          routine: fc.oneof(
            fc.anything({ maxDepth: 2 }),
            fc.record({
              schemaVersion: fc.constantFrom(0, 1, 2),
              kind: fc.constantFrom('routine', 'hold', 'dance'),
              length: fc.constantFrom(...PLAN_LENGTHS, 'epic'),
              status: fc.constantFrom('active', 'paused', 'waiting', 'offered', 'lost'),
              cursor: fc.record({ stepId: messyText, offset: fc.double() }),
              insertions: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 2 }),
            }),
          ),
        },
        { requiredKeys: [] },
      ),
    ),
  },
);

/** Storage failing on some calls: each boolean is one call, true for an outage. */
export const outagesArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }) },
);
