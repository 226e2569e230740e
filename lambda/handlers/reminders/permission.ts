import type { RequestHandler } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import { DEFAULT_REMINDER_TIME, isClockTime } from '../../reminders';
import { TOKEN_PREFIX } from './ask-permission';
import { createAndConfirm } from './create';
import { carryOn, type Then } from './flow';
import { turnOf } from '../turn';

function readToken(token: string | undefined): { time: string; then: Then } {
  const [prefix, time, then] = (token ?? '').split('|');
  if (prefix !== TOKEN_PREFIX || !isClockTime(time))
    return { time: DEFAULT_REMINDER_TIME, then: 'menu' };
  return { time, then: then === 'close' ? 'close' : 'menu' };
}

/** Alexa's answer to the permission request: granted sets the reminder, anything else says how. */
export const permissionAnswerHandler: RequestHandler = {
  canHandle(input) {
    const request = input.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
    return request.type === 'Connections.Response' && request.name === 'AskFor';
  },
  async handle(input) {
    const turn = turnOf(input);
    const request = input.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
    const { time, then } = readToken(request.token);
    const code = request.status?.code;
    if (code !== undefined && code !== '200')
      return carryOn(input, [turn.t('reminders:permission.failed')], then);
    const status = (request.payload as { status?: string } | undefined)?.status;
    if (status === 'ACCEPTED') return createAndConfirm(input, time, then, { askedAlready: true });
    return carryOn(input, [turn.t('reminders:permission.denied')], then);
  },
};
