import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expand } from '../../lambda/phrasing/carriers';
import type { InteractionModel } from '../../tools/model/checks';
import { generatedIntents } from '../../tools/model/phrase-modules';
import { createResolver } from '../../tools/nlu';

const model = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'interactionModels', 'custom', 'en-US.json'), 'utf8'),
) as InteractionModel;
const intents = model.interactionModel.languageModel.intents;

describe('carrier phrases', () => {
  it('spell every choice and optional word once', () => {
    expect(
      expand('(where|what) do i (press|) for {complaint}', 'where do i for {complaint}'),
    ).toEqual([
      'where do i press for {complaint}',
      'where do i for {complaint}',
      'what do i press for {complaint}',
      'what do i for {complaint}',
    ]);
  });
});

describe('the model generated from the phrase modules', () => {
  it('holds exactly the intents the phrase modules write (npm run sync:model)', () => {
    for (const intent of generatedIntents()) {
      expect(intents.find((i) => i.name === intent.name)).toEqual(intent);
    }
  });

  it('writes every custom intent from a phrase module, so no sample is kept by hand', () => {
    const generated = new Set(generatedIntents().map((i) => i.name));
    const custom = intents.filter((i) => !i.name.startsWith('AMAZON.')).map((i) => i.name);
    expect(custom.filter((name) => !generated.has(name))).toEqual([]);
  });

  it('names no complaint in a carrier: every complaint comes through the slot', () => {
    const findPoint = intents.find((i) => i.name === 'FindPointIntent');
    const samples = findPoint?.samples ?? [];
    expect(samples.filter((s) => !s.includes('{complaint}'))).toEqual([]);
  });

  it('hears a complaint added to the domain in every carrier', () => {
    // A new synonym in the slot type and nothing else: each carrier must reach it.
    const copy = structuredClone(model);
    const ailments = copy.interactionModel.languageModel.types?.find(
      (t) => t.name === 'AilmentType',
    );
    ailments?.values.push({ id: 'hiccups', name: { value: 'hiccups', synonyms: [] } });
    const resolver = createResolver(copy);
    const carriers = (intents.find((i) => i.name === 'FindPointIntent')?.samples ?? []).filter(
      (_, i) => i % 7 === 0,
    );
    const missed = carriers.filter((carrier) => {
      const said = carrier.replace('{complaint}', 'hiccups');
      const result = resolver.resolve(said);
      const slot = result.kind === 'intent' ? result.intent.slots?.complaint : undefined;
      const id = slot?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id;
      return !(
        result.kind === 'intent' &&
        result.intent.name === 'FindPointIntent' &&
        id === 'hiccups'
      );
    });
    expect(missed).toEqual([]);
  });
});
