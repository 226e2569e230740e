import type { RequestHandler } from 'ask-sdk-core';
import { reminderExplainHandler, reminderNoHandler, reminderYesHandler } from './answers';
import {
  cancelReminderHandler,
  moveReminderHandler,
  reminderStatusHandler,
  setReminderHandler,
} from './intents';
import { permissionAnswerHandler } from './permission';

export { finishedRoutineGoodbye } from './goodbye';
export { deleteReminderBeforeForgetting } from './forget';

/** Registered before the routine's handlers: a yes / no to a reminder question is theirs. */
export const reminderHandlers: RequestHandler[] = [
  permissionAnswerHandler,
  reminderYesHandler,
  reminderNoHandler,
  reminderExplainHandler,
  setReminderHandler,
  moveReminderHandler,
  reminderStatusHandler,
  cancelReminderHandler,
];
