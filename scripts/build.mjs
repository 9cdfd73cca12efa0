// `npm run build`: dist/ for npm (unbundled ES modules, .d.ts, source maps; dependencies external),
// dist/sanctions-timeline.bundle.js, the minified file with everything a page needs for a
// <script type="module">, with what only some pages need (format readers, …) in dist/chunks/,
// fetched on demand from beside it; then custom-elements.json (the manifest analyzer) and the
// README's API tables made from it.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { minifyCssPlugin } from './minify-css-templates.mjs';

/** The bundle's entry, as named in dist/: `sanctions-timeline.bundle.js`. */
export const BUNDLE_ENTRY = 'sanctions-timeline.bundle';

export const bundleOptions = {
  entryPoints: { [BUNDLE_ENTRY]: 'src/index.ts' },
  bundle: true,
  // A dynamic import() becomes a chunk of its own, loaded only by the pages that need it.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  format: 'esm',
  target: 'es2021',
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  plugins: [minifyCssPlugin],
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
