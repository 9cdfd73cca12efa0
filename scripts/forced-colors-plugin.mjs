// A test-runner command to emulate `forced-colors: active`. The runner's own emulateMedia passes
// `forcedColors` only to Playwright, and Puppeteer's emulateMediaFeatures rejects the feature, so
// this sends the DevTools protocol call itself. From a test:
//   await executeServerCommand('emulate-forced-colors', { active: true });
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('emulate-forced-colors needs a Puppeteer (Chrome) launcher');
      const page = session.browser.getPage(session.id);
      // One DevTools session per page, kept open: closing it would drop the emulation.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
