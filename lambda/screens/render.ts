import type { interfaces } from 'ask-sdk-model';
import type { Screen } from './screen';

/** Names the screen in the token, so a touch or a runtime error says which one it came from. */
export const TOKEN_PREFIX = 'fmc-screen';

/** The screen as Alexa's directive; a renderer only, no decisions. */
export function renderDocument(
  screen: Screen,
): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: `${TOKEN_PREFIX}:${screen.name}`,
    document: screen.document as unknown as Record<string, unknown>,
    datasources: screen.datasources,
  };
}
