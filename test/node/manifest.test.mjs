// custom-elements.json describes the public contract of docs/API.md: the tag, its attributes and
// properties, methods, events, parts and custom properties, each with a description.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elementDeclaration } from '../../scripts/api-tables.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const element = elementDeclaration(manifest);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const names = (list) => (list ?? []).map((item) => item.name);
const fields = () => element.members.filter((member) => member.kind === 'field');
const methods = () => element.members.filter((member) => member.kind === 'method');

test('package.json points at the manifest and publishes it', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
});

test('the manifest declares <sanctions-timeline> in the published module', () => {
  assert.ok(element, 'no custom element with tagName sanctions-timeline');
  assert.equal(element.name, 'SanctionsTimeline');
  const module = manifest.modules.find((candidate) => candidate.declarations?.includes(element));
  assert.equal(module.path, 'dist/sanctions-timeline.js');
  const define = manifest.modules.flatMap((candidate) => candidate.exports ?? []).find((entry) => entry.kind === 'custom-element-definition');
  assert.equal(define?.name, 'sanctions-timeline');
  assert.equal(define?.declaration.name, 'SanctionsTimeline');
});

test('attributes and properties of API.md, with their attribute names', () => {
  const attributes = names(element.attributes);
  for (const name of ['events', 'src', 'locale', 'selected', 'start', 'end', 'layout']) {
    assert.ok(attributes.includes(name), `attribute ${name}`);
    assert.equal(fields().find((field) => field.name === name)?.attribute, name, `property ${name} ↔ attribute`);
  }
  const noOverview = fields().find((field) => field.name === 'noOverview');
  assert.equal(noOverview?.attribute, 'no-overview', 'noOverview ↔ no-overview');
  assert.equal(noOverview.type.text, 'boolean');
  for (const name of ['categories', 'problems', 'strings', 'normalizedEvents']) {
    const field = fields().find((candidate) => candidate.name === name);
    assert.ok(field, `property ${name}`);
    assert.equal(field.attribute, undefined, `${name} is a property only`);
  }
  assert.equal(fields().find((field) => field.name === 'problems').readonly, true);
  assert.equal(fields().find((field) => field.name === 'selected').reflects, true);
  assert.equal(fields().find((field) => field.name === 'layout').type.text, "'auto' | 'horizontal' | 'vertical'");
});

test('methods select, zoomTo, fit and toSVG with their parameters', () => {
  const byName = Object.fromEntries(methods().map((method) => [method.name, method]));
  assert.deepEqual(names(byName.select?.parameters), ['id']);
  assert.equal(byName.select.parameters[0].type.text, 'string | null');
  assert.deepEqual(names(byName.zoomTo?.parameters), ['start', 'end']);
  assert.deepEqual(names(byName.fit?.parameters), []);
  assert.deepEqual(names(byName.toSVG?.parameters), []);
  assert.equal(byName.toSVG.return?.type?.text, 'string');
});

test('the four events, each with its exported event class', () => {
  assert.deepEqual(names(element.events), [
    'sanctions-timeline-load',
    'sanctions-timeline-error',
    'sanctions-timeline-select',
    'sanctions-timeline-view-change',
  ]);
  const eventsSource = readFileSync('src/events.ts', 'utf8');
  for (const event of element.events) {
    assert.match(event.type?.text ?? '', /^SanctionsTimeline\w+Event$/, `${event.name} has a class`);
    assert.ok(eventsSource.includes(`export class ${event.type.text} `), `${event.type.text} is exported by src/events.ts`);
    assert.ok(eventsSource.includes(`'${event.name}'`), `${event.type.text} fires ${event.name}`);
  }
});

test('the CSS parts of API.md', () => {
  const parts = names(element.cssParts);
  for (const name of ['axis', 'event', 'label', 'range', 'cluster', 'panel', 'legend', 'controls', 'marker', 'notice', 'retry', 'export', 'overview', 'brush']) {
    assert.ok(parts.includes(name), `part ${name}`);
  }
});

test('custom properties for colours, fonts, sizes and each category, matching the stylesheet', () => {
  const documented = names(element.cssProperties);
  for (const name of ['font-family', 'font-size', 'radius', 'color', 'background', 'mark-color', 'focus-color', 'category-<key>']) {
    assert.ok(documented.includes(`--sanctions-timeline-${name}`), `--sanctions-timeline-${name}`);
  }
  for (let n = 1; n <= 14; n++) assert.ok(documented.includes(`--sanctions-timeline-palette-${n}`), `palette-${n}`);
  // Every property declared on :host is documented, and every documented one (but the per-category
  // family, which is only read) is declared, with its default in the manifest.
  const styles = readFileSync('src/sanctions-timeline.styles.ts', 'utf8');
  const declared = [...new Set([...styles.matchAll(/(--sanctions-timeline-[\w-]+):/g)].map((match) => match[1]))];
  assert.deepEqual(declared.filter((name) => !documented.includes(name)), [], 'declared but undocumented');
  for (const property of element.cssProperties) {
    if (property.name.endsWith('<key>')) continue;
    assert.ok(declared.includes(property.name), `${property.name} is declared on :host`);
    assert.ok(property.default, `${property.name} has a default`);
  }
});

test('no slots: the list inside the tag is read as data, not slotted', () => {
  assert.deepEqual(element.slots ?? [], []);
});

test('every public name is documented, and nothing private is listed', () => {
  const undocumented = [];
  for (const [kind, list] of Object.entries({
    member: element.members,
    attribute: element.attributes,
    event: element.events,
    part: element.cssParts,
    'css property': element.cssProperties,
  })) {
    for (const item of list ?? []) if (!item.description?.trim()) undocumented.push(`${kind} ${item.name}`);
  }
  assert.deepEqual(undocumented, []);
  assert.ok(element.description?.trim() && element.summary?.trim(), 'class description and @summary');
  const hidden = element.members.filter((member) => member.privacy && member.privacy !== 'public').map((member) => member.name);
  assert.deepEqual(hidden, []);
});
