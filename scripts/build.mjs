// `npm run build`: dist/ for npm (unbundled ES modules, .d.ts, source maps; dependencies external),
// dist/sanctions-timeline.bundle.js, one minified file with everything, for a <script type="module">,
// then custom-elements.json (the manifest analyzer) and the README's API tables made from it.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { minifyCssPlugin } from './minify-css-templates.mjs';

export const bundleOptions = {
  entryPoints: ['src/index.ts'],
  bundle: true,
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
  await build({ ...bundleOptions, outfile: 'dist/sanctions-timeline.bundle.js', sourcemap: true });
  execFileSync('node_modules/.bin/cem', ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--quiet'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/api-tables.mjs'], { stdio: 'inherit' });
  console.log('built dist/, dist/sanctions-timeline.bundle.js and custom-elements.json');
}
