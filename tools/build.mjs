// Builds what ships: the Lambda bundle, and the skill package's copy of the interaction models.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shipping } from './bundle-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// The ASK CLI deploys models from skill-package/; interactionModels/ is their source.
const modelsFrom = join(root, 'interactionModels', 'custom');
const modelsTo = join(root, 'skill-package', 'interactionModels', 'custom');
mkdirSync(modelsTo, { recursive: true });
for (const file of readdirSync(modelsFrom).filter((f) => f.endsWith('.json'))) {
  copyFileSync(join(modelsFrom, file), join(modelsTo, file));
}

const result = await build({
  ...shipping,
  entryPoints: [join(root, 'lambda', 'index.ts')],
  outfile: join(root, 'dist', 'lambda', 'index.js'),
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`dist/lambda/index.js: ${(bytes / 1024).toFixed(1)} KiB`);
