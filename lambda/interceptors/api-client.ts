import type { RequestInterceptor } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';

/**
 * Gives handlers `input.serviceClientFactory` (reminders, settings) for requests that carry
 * Alexa's API endpoint. Not `withApiClient`: that reads `context.System` before any handler
 * runs, so a request without one would fail outright instead of getting an answer.
 */
export function apiClientInterceptor(apiClient: services.ApiClient): RequestInterceptor {
  return {
    process(input) {
      const system = input.requestEnvelope.context?.System;
      if (input.serviceClientFactory || !system?.apiEndpoint) return;
      input.serviceClientFactory = new services.ServiceClientFactory({
        apiClient,
        apiEndpoint: system.apiEndpoint,
        authorizationValue: system.apiAccessToken ?? '',
      });
    },
  };
}
