import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { REMINDERS_SCOPE } from './api';
import type { Then } from './flow';
import { turnOf } from '../turn';

export const TOKEN_PREFIX = 'fmc-reminder';

/**
 * Asks for the reminders permission by voice: Alexa asks in its own words, then sends the answer
 * as a Connections.Response. The token carries what was being set up, so the answer can finish
 * it whatever became of the session's attributes.
 */
export function askForPermission(input: HandlerInput, time: string, then: Then): Response {
  turnOf(input).session.pending = undefined;
  return input.responseBuilder
    .addDirective({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: {
        '@type': 'AskForPermissionsConsentRequest',
        '@version': '1',
        permissionScope: REMINDERS_SCOPE,
      },
      token: [TOKEN_PREFIX, time, then].join('|'),
    })
    .getResponse();
}
