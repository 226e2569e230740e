import type { RequestHandler } from 'ask-sdk-core';
import type { RoutineEvent } from '../../routine';
import { isIntent } from '../intents';
import { runEvent } from './run';

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
    return runEvent(input, EVENTS[name] ?? { type: 'repeat' });
  },
};
