import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MARKETS, packFor } from '../../lambda/languages/registry';
import type { Language } from '../../lambda/languages/types';
import { checkModel, type InteractionModel } from '../../tools/model/checks';
import { languageModelOf } from '../../tools/model/languages';
import { publishingLocales } from '../../tools/model/listing';
import { vocabularySlotTypes } from '../../tools/model/vocabulary-slot-types';

const root = join(__dirname, '..', '..');
const read = (...path: string[]) =>
  JSON.parse(readFileSync(join(root, ...path), 'utf8')) as unknown;
const modelOf = (locale: string) =>
  read('interactionModels', 'custom', `${locale}.json`) as InteractionModel;
const english = modelOf('en-US').interactionModel.languageModel;

/** An intent's shape: its name and its slots with their types. */
const shapeOf = (lm: InteractionModel['interactionModel']['languageModel']) =>
  lm.intents
    .map((i) => `${i.name}(${(i.slots ?? []).map((s) => `${s.name}:${s.type}`).join(',')})`)
    .sort();

/** Each slot type with its value ids: the domain's ids, which every handler maps. */
const idsOf = (lm: InteractionModel['interactionModel']['languageModel']) =>
  Object.fromEntries(
    (lm.types ?? []).map((t) => [t.name, t.values.map((v) => v.id ?? v.name.value).sort()]),
  );

describe.each(MARKETS.map((m) => [m.locale, m.language] as [string, Language]))(
  'the %s model',
  (locale, language) => {
    const model = modelOf(locale);
    const lm = model.interactionModel.languageModel;

    it('passes every offline check', () => {
      expect(checkModel(model)).toEqual([]);
    });

    it('has every intent and slot of the English model, and the same slot value ids', () => {
      expect(shapeOf(lm)).toEqual(shapeOf(english));
      expect(idsOf(lm)).toEqual(idsOf(english));
    });

    it('is what the skill package deploys', () => {
      expect(read('skill-package', 'interactionModels', 'custom', `${locale}.json`)).toEqual(model);
    });

    it('is generated from its language (npm run sync:model leaves nothing to write)', () => {
      if (language === 'en') {
        // Every English market hears the same model.
        expect(model).toEqual(modelOf('en-US'));
        return;
      }
      const written = languageModelOf(language)!;
      expect(lm.invocationName).toBe(written.invocationName);
      expect(lm.intents).toEqual(written.intents);
      expect(lm.types).toEqual(vocabularySlotTypes(packFor(language).vocabulary));
    });

    it("is listed in the store in its language, with the model's invocation name", () => {
      const listing = publishingLocales().locales[locale]!;
      const manifest = read('skill-package', 'skill.json') as {
        manifest: { publishingInformation: { locales: Record<string, unknown> } };
      };
      expect(manifest.manifest.publishingInformation.locales[locale]).toEqual(listing);
      for (const phrase of listing.examplePhrases)
        expect(phrase.toLowerCase()).toContain(lm.invocationName);
      // The store listing of a health skill carries its disclaimer in every language.
      expect(listing.description.length).toBeGreaterThan(400);
    });
  },
);

describe('the skill manifest', () => {
  it('is offered in every market country, and only there', () => {
    const manifest = read('skill-package', 'skill.json') as {
      manifest: { publishingInformation: { distributionCountries: string[]; locales: object } };
    };
    const info = manifest.manifest.publishingInformation;
    expect(info.distributionCountries.sort()).toEqual(
      [...new Set(MARKETS.flatMap((m) => m.countries))].sort(),
    );
    expect(Object.keys(info.locales).sort()).toEqual(MARKETS.map((m) => m.locale).sort());
  });

  it('has a model for every market and no model without one', () => {
    const files = readdirSync(join(root, 'interactionModels', 'custom')).map((f) =>
      f.replace(/\.json$/, ''),
    );
    expect(files.sort()).toEqual(MARKETS.map((m) => m.locale).sort());
    for (const m of MARKETS)
      expect(existsSync(join(root, 'lambda', 'locales', m.locale, 'region.json'))).toBe(true);
  });
});
