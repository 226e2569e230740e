import { check } from 'ssml-check-core';
import type { Exchange } from '../../tools/simulator/conversation';
import { estimateAudioSeconds } from '../../tools/simulator/speech';

const sessionEndedOf = (exchange: Exchange) =>
  exchange.request.request.type === 'SessionEndedRequest';

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

/** Alexa plays at most this much audio in one response, every component counted. */
export const MAX_AUDIO_SECONDS = 240;

const APLA_COMPONENTS = new Set(['Sequencer', 'Mixer', 'Selector', 'Speech', 'Silence', 'Audio']);

/**
 * Everything wrong with an APL for Audio directive: its document shape, component types, numeric
 * Silence durations, every Speech's SSML (by ssml-check-core), and its total length.
 */
export async function aplaProblems(directive: unknown): Promise<string[]> {
  const problems: string[] = [];
  const d = directive as { document?: Record<string, unknown> };
  const doc = d.document as
    { type?: unknown; version?: unknown; mainTemplate?: { item?: unknown } } | undefined;
  if (!doc || doc.type !== 'APLA' || typeof doc.version !== 'string' || !doc.mainTemplate?.item)
    return ['the APLA directive has no inline APLA document with a mainTemplate item'];
  let seconds = 0;
  let speeches = 0;
  const visit = async (node: unknown, path: string): Promise<void> => {
    const item = node as { type?: unknown; items?: unknown; content?: unknown; duration?: unknown };
    if (typeof item?.type !== 'string' || !APLA_COMPONENTS.has(item.type)) {
      problems.push(`${path}: unknown APLA component ${JSON.stringify(item?.type)}`);
      return;
    }
    if (item.type === 'Silence') {
      if (typeof item.duration !== 'number' || !(item.duration >= 0))
        problems.push(`${path}: a Silence without a numeric duration in ms`);
      else seconds += item.duration / 1000;
    }
    if (item.type === 'Speech') {
      speeches += 1;
      if (typeof item.content !== 'string') problems.push(`${path}: a Speech without content`);
      else {
        for (const error of await ssmlErrors(item.content)) problems.push(`${path} SSML: ${error}`);
        seconds += estimateAudioSeconds(item.content);
      }
    }
    if (Array.isArray(item.items)) {
      for (const [i, child] of item.items.entries()) await visit(child, `${path}.items[${i}]`);
    }
  };
  await visit(doc.mainTemplate.item, 'mainTemplate.item');
  if (speeches === 0) problems.push('an APLA document of silence alone');
  if (seconds > MAX_AUDIO_SECONDS)
    problems.push(
      `the APLA document plays ${Math.round(seconds)} s; Alexa allows ${MAX_AUDIO_SECONDS}`,
    );
  return problems;
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
  for (const directive of response.directives ?? []) {
    if (directive.type !== 'Alexa.Presentation.APLA.RenderDocument') continue;
    for (const problem of await aplaProblems(directive)) problems.push(problem);
  }
  if (exchange.audioSeconds > MAX_AUDIO_SECONDS)
    problems.push(`the response plays ${Math.round(exchange.audioSeconds)} s of audio`);
  const bytes = Buffer.byteLength(JSON.stringify(exchange.response));
  if (bytes > MAX_RESPONSE_BYTES)
    problems.push(`the response is ${bytes} bytes; Alexa allows ${MAX_RESPONSE_BYTES}`);
  const apla = response.directives?.some(
    (d) => d.type === 'Alexa.Presentation.APLA.RenderDocument',
  );
  if (!sessionEndedOf(exchange) && !exchange.ssml && !apla && response.shouldEndSession === false)
    problems.push('an open response says nothing');
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
