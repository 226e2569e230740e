/** `npm run validate:model`: checks every locale's model and that the skill package holds the same. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkModel, type InteractionModel } from './checks';

const root = join(__dirname, '..', '..');
const source = join(root, 'interactionModels', 'custom');
let failures = 0;
for (const file of readdirSync(source).filter((f) => f.endsWith('.json'))) {
  const text = readFileSync(join(source, file), 'utf8');
  const errors = checkModel(JSON.parse(text) as InteractionModel);
  for (const error of errors) console.error(`${file}: ${error}`);
  failures += errors.length;
  console.log(`${file}: ${errors.length === 0 ? 'ok' : `${errors.length} problem(s)`}`);
}
process.exit(failures === 0 ? 0 : 1);
