// How the Lambda bundle is built: shared by tools/build.mjs and the benchmark, which builds
// hello world exactly the same way.
import { readFile } from 'node:fs/promises';

/**
 * The skill's own JSON (the locale files) goes into the bundle as one string for `JSON.parse`
 * rather than as object literals. V8 scans a string far faster than it compiles a literal of the
 * same size, and the locales are ~40 KiB: about 1 ms off every cold start.
 */
const skillJsonAsStrings = {
  name: 'skill-json-as-strings',
  setup(build) {
    build.onLoad({ filter: /[\\/]lambda[\\/].*\.json$/ }, async ({ path }) => {
      // A dependency's JSON is left to esbuild: only the skill's own files are known to be data.
      if (/[\\/]node_modules[\\/]/.test(path)) return undefined;
      const compact = JSON.stringify(JSON.parse(await readFile(path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(compact)});`, loader: 'js' };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
export const shipping = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  // The skill uses no AWS SDK; a build that does (the bench's SDK v3 row) gets the runtime's copy.
  external: ['@aws-sdk/*'],
  logLevel: 'warning',
  plugins: [skillJsonAsStrings],
};
