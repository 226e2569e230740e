import type { SessionEndedReason } from 'ask-sdk-model';
import { loadModel } from '../nlu/model';
import { Resolver } from '../nlu/resolver';
import type { MixStep, Script } from './workers/player';

/**
 * The realistic mix: what people say in a session, each utterance with the intent it should
 * reach. Resolved through the interaction model when the bench runs, as Alexa would, so slot
 * values and their ids are the model's own; an utterance that no longer reaches its intent is
 * reported rather than silently measuring the fallback.
 */
type Said = [utterance: string, expected: string] | { ended: SessionEndedReason };

const FMC_SESSIONS: Said[][] = [
  [
    ['open foot massage coach', 'LaunchRequest'],
    ['start a quick foot massage', 'StartMassageIntent'],
    ['no', 'AMAZON.NoIntent'],
    ['on the chair', 'ChoosePostureIntent'],
    ['next', 'AMAZON.NextIntent'],
    ['next', 'AMAZON.NextIntent'],
    ['my heel is tender', 'TenderSpotIntent'],
    ['next', 'AMAZON.NextIntent'],
    ['pause', 'AMAZON.PauseIntent'],
    ['resume', 'AMAZON.ResumeIntent'],
    ['how much time is left', 'TimeLeftIntent'],
    ['next', 'AMAZON.NextIntent'],
    ['stop', 'AMAZON.StopIntent'],
  ],
  [
    ['open foot massage coach', 'LaunchRequest'],
    ['where do I press for a headache', 'FindPointIntent'],
    ['no', 'AMAZON.NoIntent'],
    ['where do I press for insomnia', 'FindPointIntent'],
    ['help', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
  ],
  [['where do I press for back pain', 'FindPointIntent'], { ended: 'EXCEEDED_MAX_REPROMPTS' }],
  [
    ['open foot massage coach', 'LaunchRequest'],
    ['hear the contraindications', 'ContraindicationsIntent'],
    ['start my foot massage', 'StartMassageIntent'],
    ['next', 'AMAZON.NextIntent'],
    { ended: 'USER_INITIATED' },
  ],
];

/** Amazon's hello-world template, spoken to as its own model allows. */
export const HELLO_MIX: Script[] = [
  [
    { kind: 'launch' },
    { kind: 'intent', intent: { name: 'HelloWorldIntent', confirmationStatus: 'NONE', slots: {} } },
  ],
  [
    { kind: 'launch' },
    {
      kind: 'intent',
      intent: { name: 'AMAZON.HelpIntent', confirmationStatus: 'NONE', slots: {} },
    },
    { kind: 'intent', intent: { name: 'HelloWorldIntent', confirmationStatus: 'NONE', slots: {} } },
  ],
  [
    { kind: 'launch' },
    {
      kind: 'intent',
      intent: { name: 'AMAZON.StopIntent', confirmationStatus: 'NONE', slots: {} },
    },
  ],
  [{ kind: 'launch' }, { kind: 'ended', reason: 'USER_INITIATED' }],
];

export function fmcMix(): { scripts: Script[]; mismatches: string[] } {
  const resolver = new Resolver(loadModel());
  const mismatches: string[] = [];
  const scripts = FMC_SESSIONS.map((session) =>
    session.map((said): MixStep => {
      if (!Array.isArray(said)) return { kind: 'ended', reason: said.ended };
      const [utterance, expected] = said;
      const resolution = resolver.resolve(utterance);
      const reached = resolution.kind === 'launch' ? 'LaunchRequest' : resolution.intent.name;
      if (reached !== expected)
        mismatches.push(`"${utterance}" reaches ${reached}, not ${expected}`);
      return resolution.kind === 'launch'
        ? { kind: 'launch' }
        : { kind: 'intent', intent: resolution.intent };
    }),
  );
  return { scripts, mismatches };
}
