import type { Intent, IntentRequest, Slot } from 'ask-sdk-model';
import type { RoutineButton } from './routine-step';
import type { Suggestion } from './welcome';

/**
 * A touch on a screen, as the spoken request it stands for: Pause, Back and Next become
 * AMAZON.PauseIntent, AMAZON.PreviousIntent and AMAZON.NextIntent, so they reach the very
 * handler (and the very routine event, barge-in position included) a spoken command does.
 */
// Typed by the buttons the screens draw: a button without its request is a compile error.
const ROUTINE_INTENTS: Readonly<Record<RoutineButton, string>> = {
  pause: 'AMAZON.PauseIntent',
  resume: 'AMAZON.ResumeIntent',
  previous: 'AMAZON.PreviousIntent',
  next: 'AMAZON.NextIntent',
};

function slot(name: string, id: string): Slot {
  return {
    name,
    value: id,
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        {
          authority: `touch.${name}`,
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { id, name: id } }],
        },
      ],
    },
  };
}

const SUGGESTION_INTENTS: Readonly<Record<Suggestion, Intent>> = {
  start: { name: 'StartMassageIntent', confirmationStatus: 'NONE' },
  quick: {
    name: 'StartMassageIntent',
    confirmationStatus: 'NONE',
    slots: { length: slot('length', 'quick') },
  },
  headache: {
    name: 'FindPointIntent',
    confirmationStatus: 'NONE',
    slots: { complaint: slot('complaint', 'headache') },
  },
  safety: { name: 'ContraindicationsIntent', confirmationStatus: 'NONE' },
  help: { name: 'AMAZON.HelpIntent', confirmationStatus: 'NONE' },
};

/** The intent a touch's arguments stand for; a touch nobody knows is a fallback. */
export function intentOfTouch(args: readonly unknown[] | undefined): Intent {
  const [kind, id] = (args ?? []).map(String);
  if (kind === 'routine' && id && Object.hasOwn(ROUTINE_INTENTS, id)) {
    return { name: ROUTINE_INTENTS[id as RoutineButton], confirmationStatus: 'NONE', slots: {} };
  }
  if (kind === 'say' && id && Object.hasOwn(SUGGESTION_INTENTS, id)) {
    return { slots: {}, ...SUGGESTION_INTENTS[id as Suggestion] };
  }
  return { name: 'AMAZON.FallbackIntent', confirmationStatus: 'NONE', slots: {} };
}

/** The touch as an IntentRequest, keeping its id, time and locale (the barge-in clock). */
export function requestOfTouch(touch: {
  requestId: string;
  timestamp: string;
  locale?: string;
  arguments?: unknown[];
}): IntentRequest {
  return {
    type: 'IntentRequest',
    requestId: touch.requestId,
    timestamp: touch.timestamp,
    ...(touch.locale ? { locale: touch.locale } : {}),
    dialogState: 'COMPLETED',
    intent: intentOfTouch(touch.arguments),
  };
}
