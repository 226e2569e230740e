/** `npm run sync:model`: writes the domain's slot types into every locale's interaction model. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionModel } from './checks';
import { domainSlotTypes } from './domain-slot-types';

const source = join(__dirname, '..', '..', 'interactionModels', 'custom');
for (const file of readdirSync(source).filter((f) => f.endsWith('.json'))) {
  const path = join(source, file);
  const model = JSON.parse(readFileSync(path, 'utf8')) as InteractionModel;
  const lm = model.interactionModel.languageModel;
  const generated = domainSlotTypes();
  const names = new Set(generated.map((t) => t.name));
  lm.types = [...(lm.types ?? []).filter((t) => !names.has(t.name)), ...generated];
  writeFileSync(path, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`${file}: ${generated.length} slot types written`);
}
