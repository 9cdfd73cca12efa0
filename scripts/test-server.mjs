// Test-server routes for the src-loading tests (used by web-test-runner.config.mjs).
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = resolve(root, 'test/fixtures');
const fixtureTypes = { '.json': 'application/json', '.csv': 'text/csv' };

/** A fixture's content, or undefined when `file` is not a file inside test/fixtures. */
async function readFixture(file) {
  const path = resolve(root, `.${String(file ?? '')}`);
  if (!path.startsWith(fixtures + sep)) return undefined;
  return readFile(path, 'utf8').catch(() => undefined);
}

/** Answers the src-loading tests need that static files cannot give: statuses, delays, content types. */
export const testServer = async (ctx, next) => {
  if (!ctx.path.startsWith('/test-server/')) return next();
  ctx.set('Cache-Control', 'no-store');
  const status = /^\/test-server\/status\/(\d{3})$/.exec(ctx.path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = 'text/plain';
    ctx.body = `status ${status[1]} for testing`;
    return;
  }
  const body = await readFixture(ctx.query.file);
  if (body === undefined) {
    ctx.status = 400;
    ctx.body = 'file must name a fixture under /test/fixtures/';
    return;
  }
  if (ctx.path === '/test-server/slow') {
    await new Promise((done) => setTimeout(done, Math.min(Number(ctx.query.ms) || 0, 3000)));
    ctx.type = fixtureTypes[extname(ctx.query.file)] ?? 'text/plain';
  } else if (ctx.path === '/test-server/as') {
    ctx.type = String(ctx.query.type ?? 'text/plain');
  } else {
    return next();
  }
  ctx.body = body;
};
