// `node scripts/check-csp.mjs` (after `npm run build`): does the bundle (its entry and its chunks) compile code from
// strings, which a Content-Security-Policy without 'unsafe-eval' forbids? It fails on any
// `eval(`, `new Function` or string-taking `setTimeout`/`setInterval` in the bundle, except one
// known, unreachable case, which it names: d3-dsv builds its row-object reader with
// `new Function` inside `csvParse`; this package only calls `csvParseRows`,
// and src/ is checked here to still not call `csvParse`/`tsvParse`/`dsvFormat(…).parse`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The bundle's entry and the chunks it loads on demand. */
const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks') : [];
const files = ['dist/sanctions-timeline.bundle.js', ...chunks.filter((name) => name.endsWith('.js')).map((name) => join('dist/chunks', name))];

/** d3-dsv's objectConverter: `new Function("d", "return {" + …)`. */
const D3_DSV_OBJECT_CONVERTER = /^new Function\("d","return \{"/;

const findings = [];
for (const file of files) {
  const bundle = readFileSync(file, 'utf8');
  for (const match of bundle.matchAll(/\beval\s*\(|\bnew Function\b|\bFunction\s*\(|\bset(?:Timeout|Interval)\s*\(\s*["'`]/g)) {
    const at = bundle.slice(match.index, match.index + 80);
    if (D3_DSV_OBJECT_CONVERTER.test(at)) console.log(`known, unreachable: d3-dsv csvParse's object converter in ${file} at ${match.index}`);
    else findings.push(`${file} ${match.index}: ${at}`);
  }
}

/** Every .ts file under `dir`. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}
for (const file of sources('src')) {
  const text = readFileSync(file, 'utf8');
  if (/\b(?:csvParse|tsvParse|dsvFormat)\b/.test(text)) findings.push(`${file} uses a d3-dsv reader that compiles code (use csvParseRows)`);
}

if (findings.length) {
  console.error(`Code a strict CSP would block:\n${findings.join('\n')}`);
  process.exit(1);
}
console.log(`${files.join(', ')}: no eval, no new Function reachable`);
