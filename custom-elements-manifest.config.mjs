// `npm run analyze` (also part of `npm run build`): writes custom-elements.json from the JSDoc in src/.
// The plugins make the manifest describe the published package rather than the source tree.
import { readFileSync } from 'node:fs';

/** The stylesheet that declares every public --sanctions-timeline-* property on :host, with its default. */
const HOST_STYLES = 'src/sanctions-timeline.styles.ts';

/** `--name: value;` declarations of the host stylesheet, as a Map (the first declaration of each name wins). */
function declaredDefaults(file) {
  const defaults = new Map();
  for (const [, name, value] of readFileSync(file, 'utf8').matchAll(/(--sanctions-timeline-[\w-]+):\s*([^;]+);/g)) {
    if (!defaults.has(name)) defaults.set(name, value.trim().replace(/\s+/g, ' '));
  }
  return defaults;
}

/** Visits every object in the manifest. */
function walk(node, visit) {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (node && typeof node === 'object') {
    visit(node);
    Object.values(node).forEach((child) => walk(child, visit));
  }
}

/**
 * Keeps the public API only: private and protected members are implementation, and an event
 * found by `dispatchEvent(new SomeEvent())` without a name is already documented by `@fires`.
 */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest, (node) => {
        if (Array.isArray(node.members)) {
          node.members = node.members.filter((member) => !member.privacy || member.privacy === 'public');
        }
        if (Array.isArray(node.events)) node.events = node.events.filter((event) => event.name);
      });
    },
  };
}

/** Fills in each CSS custom property's default from the host stylesheet, so the two cannot drift apart. */
function cssPropertyDefaults() {
  return {
    name: 'css-property-defaults',
    packageLinkPhase({ customElementsManifest }) {
      const defaults = declaredDefaults(HOST_STYLES);
      walk(customElementsManifest, (node) => {
        for (const property of node.cssProperties ?? []) {
          if (property.default === undefined && defaults.has(property.name)) property.default = defaults.get(property.name);
        }
      });
    },
  };
}

/**
 * Points module paths at the published files (src/x.ts → dist/x.js): the package ships dist/,
 * not src/, and tools that open a declaration's module need a file that exists.
 */
function publishedPaths() {
  const toDist = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
  return {
    name: 'published-paths',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest, (node) => {
        for (const key of ['path', 'module']) {
          if (typeof node[key] === 'string') node[key] = toDist(node[key]);
        }
      });
    },
  };
}

/** Modules in path order: the analyzer lists files in the order the file system returns them, which varies. */
function sortedModules() {
  return {
    name: 'sorted-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  litelement: true,
  outdir: '.',
  // package.json already has "customElements": "custom-elements.json"; never rewrite it.
  packagejson: false,
  plugins: [publicApiOnly(), cssPropertyDefaults(), publishedPaths(), sortedModules()],
};
