// scripts/api-tables.mjs: the README's API tables, drawn from a manifest.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BLOCKS, updateReadme } from '../../scripts/api-tables.mjs';

const manifest = {
  modules: [
    {
      path: 'dist/x.js',
      declarations: [
        {
          customElement: true,
          tagName: 'sanctions-timeline',
          members: [
            { kind: 'field', name: 'layout', attribute: 'layout', reflects: true, type: { text: "'a' | 'b'" }, default: "'a'", description: 'How.\nTwo lines.' },
            { kind: 'field', name: 'hidden', privacy: 'private', description: 'Not public.' },
            { kind: 'method', name: 'fit', parameters: [{ name: 'to', type: { text: 'string | Date' } }], description: 'Fits.' },
          ],
          events: [{ name: 'sanctions-timeline-load', type: { text: 'LoadEvent' }, description: 'Loaded.' }],
          cssParts: [{ name: 'axis', description: 'The axis.' }],
          cssProperties: [{ name: '--sanctions-timeline-color', default: 'light-dark(#000, #fff)', description: 'Text.' }],
        },
      ],
    },
  ],
};

const markers = Object.keys(BLOCKS)
  .map((name) => `<!-- api:${name}:start -->\nold\n<!-- api:${name}:end -->`)
  .join('\n\ntext between\n\n');

test('updateReadme fills each marked block and keeps the text between', () => {
  const readme = updateReadme(`# Title\n\n${markers}\n\nEnd.\n`, manifest);
  assert.ok(!readme.includes('\nold\n'));
  assert.equal(readme.split('text between').length, Object.keys(BLOCKS).length);
  assert.ok(readme.startsWith('# Title\n') && readme.endsWith('\nEnd.\n'));
  assert.ok(readme.includes("| `layout` | `layout` | `'a' \\| 'b'` | `'a'` | How. Two lines. Reflects to the attribute. |"));
  assert.ok(readme.includes('| `fit(to: string \\| Date): void` | Fits. |'));
  assert.ok(readme.includes('| `sanctions-timeline-load` | `LoadEvent` | Loaded. |'));
  assert.ok(readme.includes('| `axis` | The axis. |'));
  assert.ok(readme.includes('| `--sanctions-timeline-color` | `light-dark(#000, #fff)` | Text. |'));
  assert.ok(!readme.includes('hidden'), 'private members stay out');
});

test('updateReadme is idempotent', () => {
  const once = updateReadme(markers, manifest);
  assert.equal(updateReadme(once, manifest), once);
});

test('updateReadme fails loudly without its markers or without the element', () => {
  assert.throws(() => updateReadme('# no markers', manifest), /lacks the markers/);
  assert.throws(() => updateReadme(markers, { modules: [] }), /declares no <sanctions-timeline>/);
});
