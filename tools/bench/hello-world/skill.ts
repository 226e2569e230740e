import {
  getIntentName,
  getRequestType,
  SkillBuilders,
  type CustomSkillBuilder,
  type ErrorHandler,
  type RequestHandler,
} from 'ask-sdk-core';

/**
 * The reference point: Amazon's "hello world" template for ask-sdk-core, nothing added. Whatever
 * the real skill costs beyond this is what its own code costs.
 */
const launch: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: (input) =>
    input.responseBuilder
      .speak('Welcome, you can say Hello or Help. Which would you like to try?')
      .reprompt('Which would you like to try?')
      .getResponse(),
};

const isIntent = (input: Parameters<RequestHandler['canHandle']>[0], ...names: string[]) =>
  getRequestType(input.requestEnvelope) === 'IntentRequest' &&
  names.includes(getIntentName(input.requestEnvelope));

const hello: RequestHandler = {
  canHandle: (input) => isIntent(input, 'HelloWorldIntent'),
  handle: (input) => input.responseBuilder.speak('Hello World!').getResponse(),
};

const help: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle: (input) =>
    input.responseBuilder
      .speak('You can say hello to me! How can I help?')
      .reprompt('How can I help?')
      .getResponse(),
};

const stop: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.CancelIntent', 'AMAZON.StopIntent'),
  handle: (input) => input.responseBuilder.speak('Goodbye!').getResponse(),
};

const fallback: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.FallbackIntent'),
  handle: (input) =>
    input.responseBuilder
      .speak("Sorry, I don't know about that. Please try again.")
      .reprompt("Sorry, I don't know about that. Please try again.")
      .getResponse(),
};

const sessionEnded: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => input.responseBuilder.getResponse(),
};

const error: ErrorHandler = {
  canHandle: () => true,
  handle: (input) =>
    input.responseBuilder
      .speak('Sorry, I had trouble doing what you asked. Please try again.')
      .reprompt('Please try again.')
      .getResponse(),
};

export function helloWorld(): CustomSkillBuilder {
  return SkillBuilders.custom()
    .addRequestHandlers(launch, hello, help, stop, fallback, sessionEnded)
    .addErrorHandlers(error);
}
