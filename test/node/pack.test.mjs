// What `npm pack` would publish. `--dry-run` still runs `prepack` (the build), so this works on a
// fresh clone and checks the files the build makes, not stale ones.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

/** The paths in the tarball, from `npm pack --dry-run --json` (the build's own output comes first). */
function packedPaths() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const stdout = execFileSync(npm, ['pack', '--dry-run', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const json = stdout.slice(stdout.search(/^\[/m));
  return JSON.parse(json)[0].files.map((file) => file.path);
}

const paths = packedPaths();

test('npm pack includes the modules, types, bundle, manifest, data and README', () => {
  for (const path of [
    'package.json',
    'README.md',
    'custom-elements.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/index.js.map',
    'dist/define.js',
    'dist/sanctions-timeline.js',
    'dist/sanctions-timeline.d.ts',
    'dist/sanctions-lists.js',
    'dist/sanctions-lists.d.ts',
    'dist/sanctions-timeline.bundle.js',
    'dist/sanctions-timeline.bundle.js.map',
    'data/kadyrov-sanctions.json',
    'data/event.schema.json',
  ]) {
    assert.ok(paths.includes(path), `${path} is missing from the tarball`);
  }
});

test('npm pack leaves out tests, demos, examples, sources, the benchmark and configuration', () => {
  const unwanted = [
    /^test\//,
    /^demo\//,
    /^examples\//,
    /^bench\//,
    /^scripts\//,
    /^src\//,
    /^\.ci\//,
    /\.test\./,
    /^node_modules\//,
    /^(tsconfig.*|web-.*\.config|eslint\.config|chromium\.config|custom-elements-manifest\.config)\.(json|mjs|js)$/,
    /^package-lock\.json$/,
    /\.tgz$/,
  ];
  const leaked = paths.filter((path) => unwanted.some((pattern) => pattern.test(path)));
  assert.deepEqual(leaked, []);
});

test('every file in dist/ is a module, a declaration or a source map', () => {
  const odd = paths.filter((path) => path.startsWith('dist/') && !/\.(js|d\.ts|js\.map|d\.ts\.map)$/.test(path));
  assert.deepEqual(odd, []);
});
