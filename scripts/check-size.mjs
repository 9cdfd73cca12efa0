// Fails `npm test` when the one-file bundle (everything included, minified, gzipped) outgrows its
// ceiling, in the manner of lit's scripts/check-size.js. The target is 30 KB; the bundle
// does not meet it yet (see README, "Size"), so the ceiling is the measured size plus a little
// room, lowered as the bundle shrinks: it can only ratchet down, never up without a reason.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleOptions } from './build.mjs';

const TARGET = 30 * 1024;
// Raised from 48 KB to 48.5 KB by the architecture issue (10): the view state, its pure scene
// and transitions and three small controllers took the element's place and 0.4 KB more, gzipped.
// The scale issue (12) brings it down toward the 30 KB target.
const CEILING = 48.5 * 1024;

const result = await build({ ...bundleOptions, write: false, outfile: 'sanctions-timeline.bundle.js' });
const bytes = result.outputFiles[0].contents;
const gzipped = gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

console.log(`bundle: ${kb(bytes.length)} minified, ${kb(gzipped)} min+gzip (ceiling ${kb(CEILING)}, target ${kb(TARGET)})`);
if (gzipped > TARGET) console.log(`target not met: ${kb(gzipped - TARGET)} over ${kb(TARGET)}`);
if (gzipped > CEILING) {
  console.error(`bundle too big: ${kb(gzipped)} > ceiling ${kb(CEILING)}. Shrink it, or raise CEILING in scripts/check-size.mjs and say why.`);
  process.exit(1);
}
