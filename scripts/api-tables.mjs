// Writes the README's API tables from custom-elements.json, between marker comments such as
// <!-- api:properties:start --> … <!-- api:properties:end -->, so the README says what the JSDoc says.
// `node scripts/api-tables.mjs` rewrites README.md (run by `npm run build` and `npm run docs`);
// scripts/check-docs.mjs uses `updateReadme` to fail `npm run lint` when the tables are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const TAG = 'sanctions-timeline';

/** The declaration of the element with this tag name, or undefined. */
export function elementDeclaration(manifest, tagName = TAG) {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName === tagName) return declaration;
    }
  }
  return undefined;
}

/** A table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text) {
  return text === undefined || text === '' ? '' : `\`${cell(text)}\``;
}

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function isPublic(member) {
  return !member.privacy || member.privacy === 'public';
}

function properties(element) {
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && isPublic(member) && !member.static);
  return table(
    ['property', 'attribute', 'type', 'default', 'description'],
    fields.map((field) => [
      code(field.name) + (field.readonly ? ' (read-only)' : ''),
      field.attribute ? code(field.attribute) : '—',
      code(field.type?.text),
      code(field.default),
      cell(field.description) + (field.reflects ? ' Reflects to the attribute.' : ''),
    ]),
  );
}

function methods(element) {
  const list = (element.members ?? []).filter((member) => member.kind === 'method' && isPublic(member) && !member.static);
  return table(
    ['method', 'description'],
    list.map((method) => {
      const parameters = (method.parameters ?? []).map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.type?.text ?? 'unknown'}`);
      return [code(`${method.name}(${parameters.join(', ')}): ${method.return?.type?.text ?? 'void'}`), cell(method.description)];
    }),
  );
}

function events(element) {
  return table(
    ['event', 'class', 'description'],
    (element.events ?? []).filter((event) => event.name).map((event) => [code(event.name), code(event.type?.text), cell(event.description)]),
  );
}

function parts(element) {
  return table(['part', 'description'], (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]));
}

function cssProperties(element) {
  return table(
    ['property', 'default', 'description'],
    (element.cssProperties ?? []).map((property) => [code(property.name), code(property.default), cell(property.description)]),
  );
}

/** Each generated block: its marker name and how to draw it. */
export const BLOCKS = { properties, methods, events, parts, 'css-properties': cssProperties };

/** README text with every marked block replaced by its table; throws when a marker is missing. */
export function updateReadme(readme, manifest) {
  const element = elementDeclaration(manifest);
  if (!element) throw new Error(`custom-elements.json declares no <${TAG}>`);
  let text = readme;
  for (const [name, render] of Object.entries(BLOCKS)) {
    const start = `<!-- api:${name}:start -->`;
    const end = `<!-- api:${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from === -1 || to < from) throw new Error(`README.md lacks the markers ${start} … ${end}`);
    const note = '<!-- Generated from custom-elements.json by scripts/api-tables.mjs: edit the JSDoc in src/, then `npm run docs`. -->';
    text = `${text.slice(0, from)}${start}\n${note}\n\n${render(element)}\n\n${text.slice(to)}`;
  }
  return text;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const updated = updateReadme(readme, manifest);
  if (updated !== readme) writeFileSync('README.md', updated);
  console.log(updated === readme ? 'README.md API tables already up to date' : 'README.md API tables rewritten');
}
