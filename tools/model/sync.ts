/**
 * `npm run sync:model`: writes every locale's interaction model from the domain (slot types) and
 * its language's phrases (intents), and skill.json's store listings and countries from the
 * languages' words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { MARKETS, packFor } from '../../lambda/languages/registry';
import type { InteractionModel } from './checks';
import { domainSlotTypes } from './domain-slot-types';
import { languageModelOf } from './languages';
import { publishingLocales } from './listing';
import { generatedIntents } from './phrase-modules';
import { vocabularySlotTypes } from './vocabulary-slot-types';

const root = join(__dirname, '..', '..');
const source = join(root, 'interactionModels', 'custom');
// The ASK CLI deploys this copy; the build refreshes it too, but a sync alone must not leave it stale.
const packaged = join(root, 'skill-package', 'interactionModels', 'custom');

/**
 * English: en-US.json is updated in place (its generated slot types and intents replaced, the
 * rest kept), and every English market gets the same model.
 */
function englishModel(): InteractionModel {
  const model = JSON.parse(readFileSync(join(source, 'en-US.json'), 'utf8')) as InteractionModel;
  const lm = model.interactionModel.languageModel;
  const generated = domainSlotTypes();
  const names = new Set(generated.map((t) => t.name));
  lm.types = [...(lm.types ?? []).filter((t) => !names.has(t.name)), ...generated];
  // Each intent is written in one phrase module and replaces its old copy in place.
  for (const intent of generatedIntents()) {
    const at = lm.intents.findIndex((i) => i.name === intent.name);
    const firstBuiltIn = lm.intents.findIndex((i) => i.name.startsWith('AMAZON.'));
    const copy = structuredClone(intent) as (typeof lm.intents)[number];
    if (at >= 0) lm.intents[at] = copy;
    else lm.intents.splice(firstBuiltIn >= 0 ? firstBuiltIn : lm.intents.length, 0, copy);
  }
  return model;
}

/** Any other language: wholly generated from its model module and its vocabulary. */
function languageModel(language: Exclude<(typeof MARKETS)[number]['language'], 'en'>) {
  const written = languageModelOf(language);
  if (!written) return undefined;
  const model: InteractionModel = {
    interactionModel: {
      languageModel: {
        invocationName: written.invocationName,
        intents: written.intents.map((i) => structuredClone(i)),
        types: vocabularySlotTypes(packFor(language).vocabulary),
      },
    },
  };
  return model;
}

async function writeJson(path: string, value: unknown): Promise<string> {
  // Written the way `npm run lint` expects, so a sync never leaves a formatting diff behind.
  const options = { ...(await resolveConfig(path)), filepath: path };
  const text = await format(JSON.stringify(value), options);
  writeFileSync(path, text);
  return text;
}

async function main(): Promise<void> {
  const english = englishModel();
  for (const market of MARKETS) {
    const model = market.language === 'en' ? english : languageModel(market.language);
    if (!model) {
      console.log(`${market.locale}: no model for ${market.language} yet, skipped`);
      continue;
    }
    const file = `${market.locale}.json`;
    const text = await writeJson(join(source, file), model);
    writeFileSync(join(packaged, file), text);
    const lm = model.interactionModel.languageModel;
    console.log(
      `${file}: ${lm.types?.length ?? 0} slot types, ${lm.intents.length} intents (${lm.intents.reduce((n, i) => n + (i.samples?.length ?? 0), 0)} samples)`,
    );
  }
  const manifestPath = join(root, 'skill-package', 'skill.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    manifest: { publishingInformation: Record<string, unknown> };
  };
  Object.assign(manifest.manifest.publishingInformation, publishingLocales());
  await writeJson(manifestPath, manifest);
  console.log(`skill.json: ${MARKETS.length} store listings`);
}

void main();
