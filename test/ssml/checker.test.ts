import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { MAX_RESPONSE_BYTES, responseProblems, ssmlErrors } from '../support/alexa-rules';

describe("the SSML checker holds speech to Alexa's rules", () => {
  it('accepts what the skill builds: breaks of up to 10 s, escaped ampersands', async () => {
    expect(
      await ssmlErrors(
        '<speak>Heel &amp; toe. <break time="10s"/><break time="10000ms"/>Release.</speak>',
      ),
    ).toEqual([]);
  });

  it('catches a single break longer than 10 s', async () => {
    expect(await ssmlErrors('<speak>Hold. <break time="11s"/> Release.</speak>')).toEqual([
      expect.stringContaining('break'),
    ]);
  });

  it('catches an unescaped ampersand', async () => {
    expect(await ssmlErrors('<speak>Heel & toe</speak>')).toEqual([expect.stringContaining('&')]);
  });
});

describe("the response checker holds a whole response to Alexa's rules", () => {
  const exchange = (attributes: Record<string, unknown>) => {
    const ssml = '<speak>Shall we carry on?</speak>';
    const response: ResponseEnvelope = {
      version: '1.0',
      sessionAttributes: attributes,
      response: {
        outputSpeech: { type: 'SSML', ssml },
        reprompt: { outputSpeech: { type: 'SSML', ssml } },
        shouldEndSession: false,
      },
    };
    const request = { request: { type: 'IntentRequest' } } as RequestEnvelope;
    return {
      request,
      response,
      speech: '',
      reprompt: '',
      ssml,
      repromptSsml: ssml,
      ended: false,
      audioSeconds: 1,
    };
  };

  it('accepts a response with ordinary session attributes', async () => {
    expect(await responseProblems(exchange({ session: { turn: 3 } }))).toEqual([]);
  });

  it('catches a response over 24 KB, session attributes included', async () => {
    const problems = await responseProblems(exchange({ kept: 'x'.repeat(MAX_RESPONSE_BYTES) }));
    expect(problems).toEqual([expect.stringMatching(/bytes; Alexa allows 24576/)]);
  });
});
