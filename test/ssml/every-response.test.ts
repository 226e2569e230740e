import { SkillBuilders } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { conversation } from '../support/conversation';

/** A stand-in skill that answers every request with whatever response the test hands it. */
function skillAnswering(build: (rb: import('ask-sdk-core').ResponseBuilder) => Response) {
  return SkillBuilders.custom()
    .addRequestHandlers({ canHandle: () => true, handle: (input) => build(input.responseBuilder) })
    .create();
}

describe('the conversation test helper fails a test on a response Alexa would reject', () => {
  it('an unescaped ampersand', async () => {
    const skill = skillAnswering((rb) =>
      rb.speak('Heel & toe').reprompt('Next?').withShouldEndSession(false).getResponse(),
    );
    await expect(conversation({ skill }).say('open foot massage coach')).rejects.toThrow(/&/);
  });

  it('an open response with no reprompt', async () => {
    const skill = skillAnswering((rb) =>
      rb.speak('Hello.').withShouldEndSession(false).getResponse(),
    );
    await expect(conversation({ skill }).say('open foot massage coach')).rejects.toThrow(
      /reprompt/,
    );
  });

  it('speech over 8,000 characters', async () => {
    const long = 'Rub gently. '.repeat(700);
    const skill = skillAnswering((rb) => rb.speak(long).withShouldEndSession(true).getResponse());
    await expect(conversation({ skill }).say('open foot massage coach')).rejects.toThrow(/8000/);
  });
});
