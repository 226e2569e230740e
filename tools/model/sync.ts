/** `npm run sync:model`: writes the domain's slot types into every locale's interaction model. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { InteractionModel } from './checks';
import { domainSlotTypes } from './domain-slot-types';
import { REMINDER_INTENTS } from '../../lambda/reminders/phrases';
import { DIALOGUE_INTENTS } from '../../lambda/dialogue/phrases';
import { KNOWLEDGE_INTENTS } from '../../lambda/knowledge/phrases';
import { SAFETY_INTENTS } from '../../lambda/safety/phrases';

/** Intents written in a domain module of their own, each replacing its old copy in place. */
const MODULE_INTENTS = [
  ...REMINDER_INTENTS,
  ...SAFETY_INTENTS,
  ...DIALOGUE_INTENTS,
  ...KNOWLEDGE_INTENTS,
];

const source = join(__dirname, '..', '..', 'interactionModels', 'custom');
async function main(): Promise<void> {
  for (const file of readdirSync(source).filter((f) => f.endsWith('.json'))) {
    const path = join(source, file);
    const model = JSON.parse(readFileSync(path, 'utf8')) as InteractionModel;
    const lm = model.interactionModel.languageModel;
    const generated = domainSlotTypes();
    const names = new Set(generated.map((t) => t.name));
    lm.types = [...(lm.types ?? []).filter((t) => !names.has(t.name)), ...generated];
    for (const intent of MODULE_INTENTS) {
      const at = lm.intents.findIndex((i) => i.name === intent.name);
      const firstBuiltIn = lm.intents.findIndex((i) => i.name.startsWith('AMAZON.'));
      const copy = structuredClone(intent) as (typeof lm.intents)[number];
      if (at >= 0) lm.intents[at] = copy;
      else lm.intents.splice(firstBuiltIn >= 0 ? firstBuiltIn : lm.intents.length, 0, copy);
    }
    // Written the way `npm run lint` expects, so a sync never leaves a formatting diff behind.
    const options = { ...(await resolveConfig(path)), filepath: path };
    writeFileSync(path, await format(JSON.stringify(model), options));
    console.log(
      `${file}: ${generated.length} slot types, ${MODULE_INTENTS.length} module intents written`,
    );
  }
}

void main();
