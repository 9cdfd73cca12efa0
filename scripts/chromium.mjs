// Finds the Chromium that tests and the benchmark run in: $CHROME_PATH, then Debian's package.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags that let Chromium run as root, headless, on a machine without network or GPU. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Test pages run side by side; a page in the background must still get frames and timers.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export function assertChromium() {
  if (!existsSync(chromiumPath)) {
    console.error(
      `\nChromium was not found at ${chromiumPath}.\n` +
        'The tests run in a real headless Chromium. Install it (Debian/Ubuntu: `apt-get install -y chromium`)\n' +
        'or point CHROME_PATH at a Chrome/Chromium binary, e.g. CHROME_PATH=/path/to/chrome npm test\n',
    );
    process.exit(1);
  }
}
