import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { assertChromium, chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.mjs';
import { strictCsp } from './scripts/csp-header.mjs';
import { bundleFromSource } from './scripts/demo-middleware.mjs';
import { testServer } from './scripts/test-server.mjs';

assertChromium();

const launchOptions = { executablePath: chromiumPath, headless: true, args: chromiumArgs };

/**
 * A Chromium whose pages run in the IANA time zone `zone`. The zone is also handed to the page
 * as `window.__emulatedTimeZone`, so the test can prove the emulation took effect.
 */
function chromiumIn(zone) {
  return chromeLauncher({
    launchOptions,
    createPage: async ({ browser }) => {
      const page = await browser.newPage();
      await page.emulateTimezone(zone);
      await page.evaluateOnNewDocument((name) => {
        window.__emulatedTimeZone = name;
      }, zone);
      return page;
    },
  });
}

/** Time zones far from UTC on either side, where a date-only value shifted to local time would show. */
const timeZones = ['Pacific/Kiritimati', 'America/Los_Angeles'];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testServer, bundleFromSource, strictCsp],
  // One page at a time: a background page gets no animation frames, resize callbacks or focus.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }), forcedColorsPlugin()],
  browsers: [chromeLauncher({ launchOptions })],
  // The root `files` run once in the machine's zone (group "default"); each group below runs
  // only the time-zone test again, in its own Chromium with an emulated zone. A group's own
  // `files` replace the root ones, so the other test files are not repeated. Run only the
  // default group with `--group default`, or one zone with `--group timezone-America/Los_Angeles`.
  groups: timeZones.map((zone) => ({
    name: `timezone-${zone}`,
    files: ['test/element/timezone.test.ts'],
    browsers: [chromiumIn(zone)],
  })),
};
