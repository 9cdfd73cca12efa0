// An esbuild plugin for the one-file bundle: esbuild minifies JavaScript but leaves the text of
// Lit's css`` templates as written, comments and indentation included — a fifth of our source.
import { readFile } from 'node:fs/promises';

/** CSS text with comments dropped and white space reduced to what the syntax needs. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}');
}

/** Minifies the literal parts of every css`…` template; `${…}` interpolations are kept as they are. */
export function minifyCssTemplates(source) {
  return source.replace(/\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^}]*\})*)`/g, (_, body) => {
    const parts = body.split(/(\$\{[^}]*\})/);
    return `css\`${parts.map((part) => (part.startsWith('${') ? part : minifyCss(part))).join('')}\``;
  });
}

export const minifyCssPlugin = {
  name: 'minify-css-templates',
  setup(build) {
    build.onLoad({ filter: /\.styles\.ts$/ }, async ({ path }) => ({
      contents: minifyCssTemplates(await readFile(path, 'utf8')),
      loader: 'ts',
    }));
  },
};
