import { SkillBuilders, type CustomSkillBuilder, type PersistenceAdapter } from 'ask-sdk-core';
import { canFulfillIntentHandler } from './handlers/can-fulfill';
import { nothingPendingHandler, readyHandler, thanksHandler } from './handlers/core/endings';
import { errorHandler } from './handlers/core/error';
import { fallbackHandler } from './handlers/core/fallback';
import { helpHandler } from './handlers/core/help';
import { launchHandler } from './handlers/core/launch';
import { navigateHomeHandler } from './handlers/core/navigate-home';
import {
  pendingQuestionHandler,
  pendingRoutineCommandHandler,
  pendingUnsureHandler,
} from './handlers/core/pending';
import { repeatHandler } from './handlers/core/repeat';
import { sessionEndedHandler } from './handlers/core/session-ended';
import { stopHandler } from './handlers/core/stop';
import { knowledgeHandlers } from './handlers/knowledge';
import { privacyHandlers } from './handlers/privacy';
import { reminderHandlers } from './handlers/reminders';
import { routineHandlers } from './handlers/routine';
import { safetyHandler, safetyWordsHandler } from './handlers/safety';
import { screenRuntimeErrorHandler } from './handlers/screens/runtime-error';
import { apiClientInterceptor } from './interceptors/api-client';
import { audioErrorHandler } from './handlers/routine/audio-error';
import { bargeInInterceptor } from './interceptors/barge-in';
import { catchAllInterceptor } from './interceptors/catch-all';
import { unresolvedSlotsInterceptor } from './interceptors/unresolved-slots';
import { rememberLastSaidInterceptor } from './interceptors/last-said';
import { localeInterceptor } from './interceptors/locale';
import { screenInterceptor } from './interceptors/screen';
import { touchInterceptor } from './interceptors/touch';
import { loadUserStateInterceptor, saveUserStateInterceptor } from './interceptors/user-state';
import { BudgetedApiClient } from './services/budgeted-api-client';

export interface SkillOptions {
  persistenceAdapter: PersistenceAdapter;
  /** When set, requests for any other skill are refused. */
  skillId?: string;
  /** How long one call to Alexa's API (reminders, time zone) may take before the skill says so. */
  apiBudgetMs?: number;
}

/** Two calls (time zone, then the reminder) and the rest of the turn fit in Alexa's 8 s. */
const API_BUDGET_MS = 2500;

/**
 * The one place that knows the order of handlers. Specific handlers come first; the fallback
 * handler last, since it also absorbs any intent nobody else claims.
 */
export function configureSkill(options: SkillOptions): CustomSkillBuilder {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      canFulfillIntentHandler,
      // Before anything else, whatever intent the words reached: no point before safety.
      safetyHandler,
      launchHandler,
      // A yes / no of the skill's own is said again before help or a misheard word loses it.
      pendingQuestionHandler,
      helpHandler,
      stopHandler,
      navigateHomeHandler,
      sessionEndedHandler,
      audioErrorHandler,
      screenRuntimeErrorHandler,
      repeatHandler,
      // Handlers that asked a question of their own get its yes / no before the routine does.
      ...privacyHandlers,
      ...reminderHandlers,
      ...knowledgeHandlers,
      // With nothing asked and no routine open, a bare yes / no / thanks ends or asks kindly.
      pendingUnsureHandler,
      pendingRoutineCommandHandler,
      nothingPendingHandler,
      readyHandler,
      thanksHandler,
      ...routineHandlers,
      safetyWordsHandler,
      fallbackHandler,
    )
    .addRequestInterceptors(
      // First: a touch becomes the spoken request it stands for before anything reads it.
      touchInterceptor,
      apiClientInterceptor(new BudgetedApiClient(options.apiBudgetMs ?? API_BUDGET_MS)),
      localeInterceptor,
      loadUserStateInterceptor,
      // After the state is read: the routine's safety question keeps its own reading of words.
      catchAllInterceptor,
      unresolvedSlotsInterceptor,
      bargeInInterceptor,
    )
    .addResponseInterceptors(
      screenInterceptor,
      rememberLastSaidInterceptor,
      saveUserStateInterceptor,
    )
    .addErrorHandlers(errorHandler)
    .withPersistenceAdapter(options.persistenceAdapter)
    .withCustomUserAgent('foot-massage-coach');
  if (options.skillId) builder.withSkillId(options.skillId);
  return builder;
}
