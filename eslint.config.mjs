import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/** Lit's styleMap writes its first render as a style="…" string, which a strict CSP blocks. */
const RESTRICTED_PATHS = [
  { name: 'lit/directives/style-map.js', message: 'Use src/view/style-map.ts: it writes through the CSSOM, which a strict CSP allows.' },
];

/**
 * Data flows one way — input → model → layout → state (view state and scene) → view — and
 * imports only point down. Each layer lists what it may not import: model and layout no state,
 * views or controllers; state no views or controllers; views no controllers; controllers no
 * templates. test/node/import-flow.test.mjs shows the rule failing on an upward import.
 */
const FLOW_MESSAGE = 'Imports point down the data flow: model → layout → state → view; controllers never import views (see README, Layout of src/).';
const FLOW = [
  { files: ['src/model/**/*.ts'], below: ['**/layout/*', '**/state/*', '**/view/*', '**/controllers/*', 'lit', 'lit/*'] },
  { files: ['src/layout/**/*.ts'], below: ['**/state/*', '**/view/*', '**/controllers/*', 'lit', 'lit/*'] },
  { files: ['src/state/**/*.ts'], below: ['**/view/*', '**/controllers/*', 'lit', 'lit/*'] },
  { files: ['src/view/**/*.ts'], below: ['**/controllers/*'] },
  { files: ['src/controllers/**/*.ts'], below: ['**/view/*'] },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'bench/results*', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': ['error', { paths: RESTRICTED_PATHS }],
    },
  },
  ...FLOW.map(({ files, below }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { paths: RESTRICTED_PATHS, patterns: [{ group: below, message: FLOW_MESSAGE }] }] },
  })),
  {
    files: ['**/*.mjs', '**/*.js', 'bench/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
