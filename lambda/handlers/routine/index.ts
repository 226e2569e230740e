import type { RequestHandler } from 'ask-sdk-core';
import { routineControlHandler } from './controls';
import { choosePostureHandler } from './posture';
import { startMassageHandler } from './start';
import { tenderSpotHandler } from './tender-spot';

export {
  ROUTINE,
  hasRun,
  offerRoutineAgain,
  respond,
  routineOf,
  runEvent,
  sayOf,
  standingOf,
} from './run';
export type { RunStanding } from './run';

/** Registered after handlers that own a pending yes / no, so the routine gets the rest. */
export const routineHandlers: RequestHandler[] = [
  startMassageHandler,
  choosePostureHandler,
  tenderSpotHandler,
  routineControlHandler,
];
