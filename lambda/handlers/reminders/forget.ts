import type { HandlerInput } from 'ask-sdk-core';
import { turnOf } from '../turn';
import { deleteReminder, logFailure } from './api';

/**
 * "Forget my data" takes the reminder with it. Tried before the stored state is erased, since
 * the alert token goes with that state; a reminder that could not be deleted is said so.
 */
export async function deleteReminderBeforeForgetting(
  input: HandlerInput,
): Promise<'none' | 'deleted' | 'kept'> {
  const turn = turnOf(input);
  const reminder = turn.user.reminder;
  if (!reminder) return 'none';
  try {
    await deleteReminder(input, reminder.token);
  } catch (error) {
    logFailure('delete before forgetting', error);
    return 'kept';
  }
  delete turn.user.reminder;
  return 'deleted';
}
