import { BUILT_IN_PHRASES, createResolver, loadModel } from '../../tools/nlu';

const model = loadModel();
const resolver = createResolver(model);

function intentOf(utterance: string): string {
  const result = resolver.resolve(utterance);
  return result.kind === 'intent' ? result.intent.name : result.kind;
}

describe('a built-in command said politely', () => {
  // No sample with a bare slot may swallow a command: "stop please" once started a massage.
  const declared = model.interactionModel.languageModel.intents.filter((i) =>
    i.name.startsWith('AMAZON.'),
  );
  const cases = declared.flatMap((intent) =>
    [...(BUILT_IN_PHRASES[intent.name] ?? []), ...(intent.samples ?? [])].map(
      (phrase) => [phrase, intent.name] as const,
    ),
  );

  // Amazon's own phrasings that the model gives to a custom intent ("skip" is SkipIntent) are
  // held to what they reach without the "please"; the model's own samples to their intent.
  it.each(cases)('"%s please" reaches what "%s" reaches', (phrase, intent) => {
    const bare = intentOf(phrase);
    if (
      (
        model.interactionModel.languageModel.intents.find((i) => i.name === intent)?.samples ?? []
      ).includes(phrase)
    )
      expect(bare).toBe(intent);
    expect(intentOf(`${phrase} please`)).toBe(bare);
    expect(intentOf(`please ${phrase}`)).toBe(bare);
  });

  it('"stop please" stops, whatever the routine lengths are called', () => {
    expect(intentOf('stop please')).toBe('AMAZON.StopIntent');
    expect(intentOf('no thanks please')).toBe('AMAZON.NoIntent');
  });
});
