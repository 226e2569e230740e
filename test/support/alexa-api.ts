import { AlexaApiStandIn } from '../../tools/alexa-api/stand-in';
import { ACCESS_TOKEN_WITH_REMINDERS } from '../../tools/simulator/envelope';
import { conversation, type TestConversationOptions } from './conversation';

export { ACCESS_TOKEN, ACCESS_TOKEN_WITH_REMINDERS } from '../../tools/simulator/envelope';
export type { AlexaApiStandIn } from '../../tools/alexa-api/stand-in';

/** Short, so a stalled server costs a test well under a second. */
export const TEST_API_BUDGET_MS = 300;

/**
 * A real HTTP server on 127.0.0.1 standing in for Alexa's API, started once for a test file and
 * closed after it; each test starts from no reminders, no faults and nothing received.
 */
export function useAlexaApi(timeZone = 'Europe/Berlin'): () => AlexaApiStandIn {
  const api = new AlexaApiStandIn({ timeZone });
  beforeAll(async () => {
    await api.start();
  });
  beforeEach(() => {
    api.reminders.clear();
    api.received.length = 0;
    api.clearFaults();
    api.grantedTokens.clear();
    api.timeZone = timeZone;
  });
  afterAll(async () => {
    await api.close();
  });
  return () => api;
}

/** A conversation whose skill reaches the stand-in; Alexa's permission grants reach it too. */
export function withApi(api: AlexaApiStandIn, options: TestConversationOptions = {}) {
  if (options.remindersGranted) api.grant(ACCESS_TOKEN_WITH_REMINDERS);
  return conversation({
    apiBudgetMs: TEST_API_BUDGET_MS,
    ...options,
    apiEndpoint: api.url,
    onPermissionAnswer: (answer) => {
      if (answer === 'ACCEPTED') api.grant(ACCESS_TOKEN_WITH_REMINDERS);
    },
  });
}
