import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCss, minifyCssTemplates } from '../../scripts/minify-css-templates.mjs';

test('minifyCss drops comments and the white space the syntax does not need', () => {
  assert.equal(minifyCss('/* why */\n  .a,\n  .b > .c {\n    color: red;\n    font-family: system-ui, \'Segoe UI\';\n  }\n'), " .a,.b>.c{color: red;font-family: system-ui,'Segoe UI'}");
});

test('minifyCssTemplates minifies css`` text and keeps ${…} interpolations as they are', () => {
  const source = "const s = css`\n  ${shared}\n  .x {\n    ${snippet};\n    gap: 6px;\n  }\n`;\nconst t = html`<p>  a  </p>`;";
  assert.equal(minifyCssTemplates(source), "const s = css` ${shared} .x{${snippet};gap: 6px}`;\nconst t = html`<p>  a  </p>`;");
});
