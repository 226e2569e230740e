import type { ResponseInterceptor } from 'ask-sdk-core';
import { chosenScreen } from '../screens/choose';
import { renderDocument } from '../screens/render';

/** Adds the turn's screen to the response, beside its speech (or its APL for Audio). */
export const screenInterceptor: ResponseInterceptor = {
  process(input, response) {
    if (!response) return;
    const screen = chosenScreen(input);
    if (!screen) return;
    response.directives = [...(response.directives ?? []), renderDocument(screen)];
  },
};
