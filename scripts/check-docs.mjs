// Part of `npm run lint`: fails when custom-elements.json or the README's API tables no longer
// match the JSDoc in src/. Both are committed (readers of the repository and of npm see them), so
// they must be regenerated with the code: `npm run docs` (also done by `npm run build`).
import { readFileSync } from 'node:fs';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { updateReadme } from './api-tables.mjs';

/** The manifest the analyzer makes from src/ now, as the text it would write. */
export async function freshManifestText() {
  const manifest = await cli({ argv: ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--quiet'], noWrite: true });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

const stale = [];
const fresh = await freshManifestText();
if (readFileSync('custom-elements.json', 'utf8') !== fresh) stale.push('custom-elements.json differs from what the JSDoc in src/ gives');
const readme = readFileSync('README.md', 'utf8');
if (updateReadme(readme, JSON.parse(fresh)) !== readme) stale.push("README.md's API tables differ from custom-elements.json");

if (stale.length) {
  console.error(`${stale.join('\n')}\nRun \`npm run docs\` and commit the result.`);
  process.exit(1);
}
console.log('custom-elements.json and the README API tables are up to date');
