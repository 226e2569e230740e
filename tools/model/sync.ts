/**
 * `npm run sync:model`: writes the domain's slot types and every phrase module's intents into every
 * locale's interaction model.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { InteractionModel } from './checks';
import { domainSlotTypes } from './domain-slot-types';
import { generatedIntents } from './phrase-modules';

const root = join(__dirname, '..', '..');
const source = join(root, 'interactionModels', 'custom');
// The ASK CLI deploys this copy; the build refreshes it too, but a sync alone must not leave it stale.
const packaged = join(root, 'skill-package', 'interactionModels', 'custom');
async function main(): Promise<void> {
  for (const file of readdirSync(source).filter((f) => f.endsWith('.json'))) {
    const path = join(source, file);
    const model = JSON.parse(readFileSync(path, 'utf8')) as InteractionModel;
    const lm = model.interactionModel.languageModel;
    const generated = domainSlotTypes();
    const names = new Set(generated.map((t) => t.name));
    lm.types = [...(lm.types ?? []).filter((t) => !names.has(t.name)), ...generated];
    // Each intent is written in one phrase module and replaces its old copy in place.
    const intents = generatedIntents();
    for (const intent of intents) {
      const at = lm.intents.findIndex((i) => i.name === intent.name);
      const firstBuiltIn = lm.intents.findIndex((i) => i.name.startsWith('AMAZON.'));
      const copy = structuredClone(intent) as (typeof lm.intents)[number];
      if (at >= 0) lm.intents[at] = copy;
      else lm.intents.splice(firstBuiltIn >= 0 ? firstBuiltIn : lm.intents.length, 0, copy);
    }
    // Written the way `npm run lint` expects, so a sync never leaves a formatting diff behind.
    const options = { ...(await resolveConfig(path)), filepath: path };
    const text = await format(JSON.stringify(model), options);
    writeFileSync(path, text);
    writeFileSync(join(packaged, file), text);
    console.log(
      `${file}: ${generated.length} slot types, ${intents.length} intents written (${intents.reduce((n, i) => n + i.samples.length, 0)} samples)`,
    );
  }
}

void main();
