import type { RequestHandler } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import { DEFAULT_REMINDER_TIME, isClockTime } from '../../reminders';
import { TOKEN_PREFIX } from './ask-permission';
import { createAndConfirm } from './create';
import { askReminderQuestion, carryOn, timeWords, type Then } from './flow';
import { sentences } from '../reply';
import { turnOf } from '../turn';

function readToken(token: string | undefined): { time: string; then: Then } | undefined {
  const [prefix, time, then] = (token ?? '').split('|');
  if (prefix !== TOKEN_PREFIX || !isClockTime(time)) return undefined;
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
    const asked = readToken(request.token);
    const then = asked?.then ?? 'menu';
    const code = request.status?.code;
    if (code !== undefined && code !== '200')
      return carryOn(input, [turn.t('reminders:permission.failed')], then);
    const status = (request.payload as { status?: string } | undefined)?.status;
    if (status !== 'ACCEPTED') return carryOn(input, [turn.t('reminders:permission.denied')], then);
    if (asked) return createAndConfirm(input, asked.time, then, { askedAlready: true });
    // Granted, but what it was for is lost: nothing is set without hearing its time first.
    const words = timeWords(turn, DEFAULT_REMINDER_TIME);
    return askReminderQuestion(
      input,
      { step: 'create', time: DEFAULT_REMINDER_TIME, then },
      sentences(turn.t('reminders:set.confirm', { time: words })),
      turn.t('reminders:set.confirmReprompt', { time: words }),
    );
  },
};
