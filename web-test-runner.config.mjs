import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { assertChromium, chromiumArgs, chromiumPath } from './chromium.config.mjs';
import { testServer } from './test/server.mjs';

assertChromium();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testServer],
  // One page at a time: a background page gets no animation frames, resize callbacks or focus.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
};
