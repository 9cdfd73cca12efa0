// `npm run build`: dist/ for npm (unbundled ES modules, .d.ts, source maps; dependencies external),
// dist/sanctions-timeline.bundle.js, the minified file with everything a page needs for a
// <script type="module">, with what only some pages need (format readers, …) in dist/chunks/,
// fetched on demand from beside it; then custom-elements.json (the manifest analyzer) and the
// README's API tables made from it.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { minifyCssPlugin } from './minify-css-templates.mjs';

/**
 * In the bundle, d3-interpolate and d3-time-format are replaced by the few functions of them that
 * scaleUtc really calls (scripts/bundle-shims/): with them go d3-color and d3-time-format's
 * locale tables, about 25 KB minified the element never used. The npm modules in dist/ import
 * the real packages. test/node/bundle-shims.test.mjs proves the scale's output unchanged.
 */
export const d3Shims = {
  name: 'd3-shims',
  setup(build) {
    build.onResolve({ filter: /^d3-(interpolate|time-format)$/ }, ({ path }) => ({
      path: fileURLToPath(new URL(`./bundle-shims/${path}.js`, import.meta.url)),
    }));
  },
};

/** The bundle's entry, as named in dist/: `sanctions-timeline.bundle.js`. */
export const BUNDLE_ENTRY = 'sanctions-timeline.bundle';

export const bundleOptions = {
  entryPoints: { [BUNDLE_ENTRY]: 'src/bundle.ts' },
  bundle: true,
  // A dynamic import() becomes a chunk of its own, loaded only by the pages that need it.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  format: 'esm',
  target: 'es2021',
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  plugins: [minifyCssPlugin, d3Shims],
};

// Importing this file (for bundleOptions) must not start a build.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  rmSync('dist', { recursive: true, force: true });
  execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  await build({ ...bundleOptions, outdir: 'dist', sourcemap: true });
  execFileSync('node_modules/.bin/cem', ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--quiet'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/api-tables.mjs'], { stdio: 'inherit' });
  console.log('built dist/, dist/sanctions-timeline.bundle.js and custom-elements.json');
}
