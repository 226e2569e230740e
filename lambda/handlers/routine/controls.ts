import type { RequestHandler } from 'ask-sdk-core';
import type { RoutineEvent } from '../../routine';
import { isIntent } from '../intents';
import { turnOf } from '../turn';
import { pickUp, routineOf, runEvent } from './run';

/** Every spoken control maps to one engine event; the engine decides what it means right now. */
const EVENTS: Record<string, RoutineEvent> = {
  'AMAZON.PauseIntent': { type: 'pause' },
  'AMAZON.ResumeIntent': { type: 'resume' },
  'AMAZON.NextIntent': { type: 'next' },
  'AMAZON.PreviousIntent': { type: 'previous' },
  'AMAZON.RepeatIntent': { type: 'repeat' },
  'AMAZON.StartOverIntent': { type: 'start-over' },
  SkipIntent: { type: 'skip' },
  TimeLeftIntent: { type: 'time-left' },
  WhereAmIIntent: { type: 'where-am-i' },
  // Yes / no / not sure reach the engine only when no other question is pending (see index).
  'AMAZON.YesIntent': { type: 'yes' },
  'AMAZON.NoIntent': { type: 'no' },
  NotSureIntent: { type: 'not-sure' },
};

export const routineControlHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, ...Object.keys(EVENTS)),
  handle(input) {
    const request = input.requestEnvelope.request;
    const name = request.type === 'IntentRequest' ? request.intent.name : '';
    const event = EVENTS[name] ?? { type: 'repeat' };
    const turn = turnOf(input);
    const run = routineOf(turn).run;
    // A session opened straight into "I'm back" or "next" picks the routine up saying where, as
    // the launch's offer would have (the foot bath has a welcome of its own).
    if (turn.session.turn === 0 && (event.type === 'resume' || event.type === 'next')) {
      if (run && run.status !== 'waiting') return pickUp(input);
    }
    return runEvent(input, event);
  },
};
