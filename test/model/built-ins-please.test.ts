import { BUILT_IN_PHRASES } from '../../tools/nlu/built-in-phrases';
import { createResolver, loadModel } from '../../tools/nlu';

const model = loadModel();
const resolver = createResolver(model);
const declared = new Set(model.interactionModel.languageModel.intents.map((i) => i.name));

function intentOf(utterance: string): string {
  const result = resolver.resolve(utterance);
  return result.kind === 'launch' ? 'LaunchRequest' : result.intent.name;
}

// Every phrase of every built-in the model declares: Amazon's own and the model's samples.
const PHRASES: Array<[string, string]> = model.interactionModel.languageModel.intents
  .filter((intent) => intent.name.startsWith('AMAZON.'))
  .flatMap((intent) =>
    [...(BUILT_IN_PHRASES[intent.name] ?? []), ...(intent.samples ?? [])].map(
      (phrase): [string, string] => [intent.name, phrase],
    ),
  )
  .filter(([name]) => declared.has(name));

describe('a sample with a bare slot never swallows a built-in command', () => {
  it('has built-in phrases to try', () => {
    expect(PHRASES.length).toBeGreaterThan(100);
  });

  // Some phrases belong to two built-ins in Amazon's lists ("skip" is next, and a skip of ours);
  // what matters is that "please" never changes where a phrase goes.
  it.each(PHRASES)('%s: "%s" keeps its intent with "please"', (_intent, phrase) => {
    const bare = intentOf(phrase);
    expect(bare.startsWith('AMAZON.') || bare === 'SkipIntent').toBe(true);
    expect([intentOf(`${phrase} please`), intentOf(`please ${phrase}`)]).toEqual([bare, bare]);
  });

  it.each(['stop please', 'help please'])('"%s" starts no foot massage', (said) => {
    expect(intentOf(said)).not.toBe('StartMassageIntent');
  });
});
