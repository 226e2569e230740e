import { check } from 'ssml-check-core';
import type { Exchange } from '../../tools/simulator/conversation';

/** Alexa rejects a response whose outputSpeech is longer than this. */
export const MAX_SPEECH_CHARS = 8000;
/** Alexa rejects a response whose whole JSON, session attributes included, is larger than this. */
export const MAX_RESPONSE_BYTES = 24 * 1024;

/** Everything Alexa's rules (and certification) find wrong with one SSML string. */
export async function ssmlErrors(ssml: string): Promise<string[]> {
  const errors = (await check(ssml, { platform: 'amazon', locale: 'en-US' })) ?? [];
  return errors.map((e) =>
    [e.type, e.tag && `<${e.tag}>`, e.attribute && `${e.attribute}="${e.value ?? ''}"`]
      .filter(Boolean)
      .join(' '),
  );
}

/** What a real device would refuse or what would leave the user stuck; empty when all is well. */
export async function responseProblems(exchange: Exchange): Promise<string[]> {
  const problems: string[] = [];
  const { response } = exchange.response;
  for (const [label, ssml] of [
    ['speech', exchange.ssml],
    ['reprompt', exchange.repromptSsml],
  ] as const) {
    if (!ssml) continue;
    for (const error of await ssmlErrors(ssml)) problems.push(`${label} SSML: ${error}`);
    if (ssml.length > MAX_SPEECH_CHARS)
      problems.push(`${label} is ${ssml.length} characters; Alexa allows ${MAX_SPEECH_CHARS}`);
  }
  const bytes = Buffer.byteLength(JSON.stringify(exchange.response));
  if (bytes > MAX_RESPONSE_BYTES)
    problems.push(`the response is ${bytes} bytes; Alexa allows ${MAX_RESPONSE_BYTES}`);
  if (response.shouldEndSession === false && !exchange.repromptSsml)
    problems.push('an open response has no reprompt');
  const sessionEnded = exchange.request.request.type === 'SessionEndedRequest';
  if (sessionEnded && response.outputSpeech) problems.push('a SessionEndedRequest got speech');
  if (!sessionEnded && exchange.ssml && typeof response.shouldEndSession !== 'boolean')
    problems.push(
      'speech without shouldEndSession: a voice-only device closes the session unsaved',
    );
  return problems;
}

export async function assertAlexaAccepts(exchange: Exchange): Promise<void> {
  const problems = await responseProblems(exchange);
  if (problems.length > 0) {
    const type = exchange.request.request.type;
    throw new Error(
      `response to ${type} breaks Alexa's rules:\n  ${problems.join('\n  ')}\nSSML: ${exchange.ssml}`,
    );
  }
}
