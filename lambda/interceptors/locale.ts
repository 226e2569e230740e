import type { RequestInterceptor } from 'ask-sdk-core';
import { localeOrDefault, translatorFor } from '../speech/i18n';

/** Gives every handler a translator fixed to the request's locale. */
export const localeInterceptor: RequestInterceptor = {
  process(input) {
    const locale = localeOrDefault(input.requestEnvelope.request.locale);
    const attributes = input.attributesManager.getRequestAttributes();
    attributes.locale = locale;
    attributes.t = translatorFor(locale);
  },
};
