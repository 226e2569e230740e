import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkModel, type InteractionModel } from '../../tools/model/checks';
import { domainSlotTypes } from '../../tools/model/domain-slot-types';

const root = join(__dirname, '..', '..');
const load = (path: string) =>
  JSON.parse(readFileSync(join(root, path), 'utf8')) as InteractionModel;
const model = load('interactionModels/custom/en-US.json');

function withIntents(
  extra: InteractionModel['interactionModel']['languageModel']['intents'],
): InteractionModel {
  const copy = structuredClone(model);
  copy.interactionModel.languageModel.intents.push(...extra);
  return copy;
}

describe('the en-US interaction model', () => {
  it('passes every offline check', () => {
    expect(checkModel(model)).toEqual([]);
  });

  it('holds exactly the slot types the domain generates, ids and synonyms alike', () => {
    // Handlers map slot ids straight to domain data; a drifted copy would hand them unknown ids.
    const types = model.interactionModel.languageModel.types ?? [];
    for (const generated of domainSlotTypes()) {
      expect(types.find((t) => t.name === generated.name)).toEqual(generated);
    }
  });

  it('lets every routine control and knowledge intent be said in more than one way', () => {
    const intents = model.interactionModel.languageModel.intents;
    for (const name of [
      'NotSureIntent',
      'ChoosePostureIntent',
      'TenderSpotIntent',
      'SkipIntent',
      'TimeLeftIntent',
      'WhereAmIIntent',
      'TellMeMoreIntent',
      'FootTemperatureIntent',
      'ExplainTopicIntent',
    ]) {
      expect([name, (intents.find((i) => i.name === name)?.samples ?? []).length > 5]).toEqual([
        name,
        true,
      ]);
    }
  });

  it('is invoked as "foot massage coach"', () => {
    expect(model.interactionModel.languageModel.invocationName).toBe('foot massage coach');
  });

  it('is what the skill package deploys', () => {
    // The build copies the model; a stale copy would deploy yesterday's words.
    const packaged = join('skill-package', 'interactionModels', 'custom', 'en-US.json');
    expect(load(packaged)).toEqual(model);
  });
});

describe('the model checks catch what the Alexa console would reject', () => {
  it('a sample utterance claimed by two intents', () => {
    const errors = checkModel(
      withIntents([{ name: 'CopyIntent', samples: ['start my foot massage'] }]),
    );
    expect(errors).toContainEqual(
      expect.stringContaining('belongs to both StartMassageIntent and CopyIntent'),
    );
  });

  it('a custom intent with no samples', () => {
    expect(checkModel(withIntents([{ name: 'EmptyIntent', samples: [] }]))).toContain(
      'intent EmptyIntent has no sample utterances',
    );
  });

  it('a slot of an undefined type and a sample naming an unknown slot', () => {
    const errors = checkModel(
      withIntents([
        {
          name: 'OddIntent',
          slots: [{ name: 'thing', type: 'NoSuchType' }],
          samples: ['do {thing} with {other}'],
        },
      ]),
    );
    expect(errors).toContain('intent OddIntent: slot thing uses undefined type NoSuchType');
    expect(errors).toContain(
      'intent OddIntent: sample "do {thing} with {other}" names unknown slot {other}',
    );
  });

  it('digits in samples and a missing required built-in', () => {
    const copy = withIntents([{ name: 'DigitIntent', samples: ['give me 5 minutes'] }]);
    const lm = copy.interactionModel.languageModel;
    lm.intents = lm.intents.filter((i) => i.name !== 'AMAZON.PauseIntent');
    const errors = checkModel(copy);
    expect(errors).toContain(
      'intent DigitIntent: sample "give me 5 minutes" has characters Alexa rejects',
    );
    expect(errors).toContain('required built-in AMAZON.PauseIntent is missing');
  });

  it('a slot value id used twice', () => {
    const copy = structuredClone(model);
    const type = copy.interactionModel.languageModel.types?.[0];
    type?.values.push({ id: type.values[0]?.id, name: { value: 'something else' } });
    expect(checkModel(copy)).toContainEqual(expect.stringMatching(/id \S+ is used twice/));
  });
});
