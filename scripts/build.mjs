// `npm run build`: dist/ for npm (unbundled ES modules, .d.ts, source maps; dependencies external)
// and dist/sanctions-timeline.bundle.js, one minified file with everything, for a <script type="module">.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
execFileSync('node_modules/.bin/tsc', [ '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

export const bundleOptions = {
  entryPoints: ['src/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2021',
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
};

await build({ ...bundleOptions, outfile: 'dist/sanctions-timeline.bundle.js', sourcemap: true });
console.log('built dist/ and dist/sanctions-timeline.bundle.js');
