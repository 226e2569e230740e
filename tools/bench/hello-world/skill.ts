import {
  getIntentName,
  getRequestType,
  SkillBuilders,
  type CustomSkillBuilder,
  type ErrorHandler,
  type HandlerInput,
  type RequestHandler,
} from 'ask-sdk-core';

/** The template's sentences, as a table so that a variant can speak them through i18next. */
export const HELLO_WORDS = {
  welcome: 'Welcome, you can say Hello or Help. Which would you like to try?',
  welcomeReprompt: 'Which would you like to try?',
  hello: 'Hello World!',
  help: 'You can say hello to me! How can I help?',
  helpReprompt: 'How can I help?',
  goodbye: 'Goodbye!',
  fallback: "Sorry, I don't know about that. Please try again.",
  error: 'Sorry, I had trouble doing what you asked. Please try again.',
  errorReprompt: 'Please try again.',
};

export type HelloKey = keyof typeof HELLO_WORDS;

const isIntent = (input: HandlerInput, ...names: string[]) =>
  getRequestType(input.requestEnvelope) === 'IntentRequest' &&
  names.includes(getIntentName(input.requestEnvelope));

/**
 * The reference point: Amazon's "hello world" template for ask-sdk-core, nothing added. Whatever
 * the real skill costs beyond this is what its own code costs. It speaks its plain strings unless
 * a variant passes its own `say`.
 */
export function helloWorld(
  say: (key: HelloKey) => string = (key) => HELLO_WORDS[key],
): CustomSkillBuilder {
  const launch: RequestHandler = {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) =>
      input.responseBuilder.speak(say('welcome')).reprompt(say('welcomeReprompt')).getResponse(),
  };

  const hello: RequestHandler = {
    canHandle: (input) => isIntent(input, 'HelloWorldIntent'),
    handle: (input) => input.responseBuilder.speak(say('hello')).getResponse(),
  };

  const help: RequestHandler = {
    canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
    handle: (input) =>
      input.responseBuilder.speak(say('help')).reprompt(say('helpReprompt')).getResponse(),
  };

  const stop: RequestHandler = {
    canHandle: (input) => isIntent(input, 'AMAZON.CancelIntent', 'AMAZON.StopIntent'),
    handle: (input) => input.responseBuilder.speak(say('goodbye')).getResponse(),
  };

  const fallback: RequestHandler = {
    canHandle: (input) => isIntent(input, 'AMAZON.FallbackIntent'),
    handle: (input) =>
      input.responseBuilder.speak(say('fallback')).reprompt(say('fallback')).getResponse(),
  };

  const sessionEnded: RequestHandler = {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
    handle: (input) => input.responseBuilder.getResponse(),
  };

  const error: ErrorHandler = {
    canHandle: () => true,
    handle: (input) =>
      input.responseBuilder.speak(say('error')).reprompt(say('errorReprompt')).getResponse(),
  };

  return SkillBuilders.custom()
    .addRequestHandlers(launch, hello, help, stop, fallback, sessionEnded)
    .addErrorHandlers(error);
}
