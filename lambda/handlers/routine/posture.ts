import type { RequestHandler } from 'ask-sdk-core';
import { isPostureId } from '../../routine';
import { isIntent, readSlot } from '../intents';
import { runEvent } from './run';

export const choosePostureHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ChoosePostureIntent'),
  handle(input) {
    const { id } = readSlot(input, 'posture');
    // An unrecognised position is an answer the engine already handles: ask which one again.
    if (!isPostureId(id)) return runEvent(input, { type: 'not-sure' });
    return runEvent(input, { type: 'posture', posture: id });
  },
};
