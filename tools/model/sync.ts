/** `npm run sync:model`: writes the domain's slot types into every locale's interaction model. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { InteractionModel } from './checks';
import { domainSlotTypes } from './domain-slot-types';

const source = join(__dirname, '..', '..', 'interactionModels', 'custom');
async function main(): Promise<void> {
  for (const file of readdirSync(source).filter((f) => f.endsWith('.json'))) {
    const path = join(source, file);
    const model = JSON.parse(readFileSync(path, 'utf8')) as InteractionModel;
    const lm = model.interactionModel.languageModel;
    const generated = domainSlotTypes();
    const names = new Set(generated.map((t) => t.name));
    lm.types = [...(lm.types ?? []).filter((t) => !names.has(t.name)), ...generated];
    // Written the way `npm run lint` expects, so a sync never leaves a formatting diff behind.
    const options = { ...(await resolveConfig(path)), filepath: path };
    writeFileSync(path, await format(JSON.stringify(model), options));
    console.log(`${file}: ${generated.length} slot types written`);
  }
}

void main();
