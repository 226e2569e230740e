import type { interfaces } from 'ask-sdk-model';
import { SCREEN_DEVICES } from '../../tools/simulator/envelope';
import type { Exchange } from '../../tools/simulator/conversation';
import { checkDocument } from '../../tools/screens/validate';
import { conversation, type TestConversationOptions } from '../support/conversation';

export type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

export const ECHO_SHOW = SCREEN_DEVICES['echo-show-8']!;

/** A conversation on a device with a screen (an Echo Show 8 unless told otherwise). */
export function screenConversation(options: TestConversationOptions = {}) {
  return conversation({ screen: ECHO_SHOW, ...options });
}

export function documentsOf(exchange: Exchange): RenderDocument[] {
  return (exchange.response.response.directives ?? []).filter(
    (d): d is RenderDocument => d.type === 'Alexa.Presentation.APL.RenderDocument',
  );
}

/** The one document a response sends; fails the test when there is none or more than one. */
export function documentOf(exchange: Exchange): RenderDocument {
  const documents = documentsOf(exchange);
  expect(documents).toHaveLength(1);
  return documents[0]!;
}

interface Payload {
  text: Record<string, string>;
  steps?: Array<Record<string, string | number>>;
  map?: { view: string; left: string; right: string };
  items?: string[];
  rows?: Array<{ label: string; value: string }>;
}

export function payloadOf(exchange: Exchange): Payload {
  return (documentOf(exchange).datasources as { payload: Payload }).payload;
}

/** Every check a document must pass: apl-suggester's and the skill's own. */
export async function expectValid(exchange: Exchange): Promise<number> {
  const directive = documentOf(exchange);
  const report = await checkDocument(
    directive.document as Record<string, unknown>,
    directive.datasources as { payload: Record<string, unknown> },
  );
  expect({ token: directive.token, problems: report.problems }).toEqual({
    token: directive.token,
    problems: [],
  });
  return report.bytes;
}
