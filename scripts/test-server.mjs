// Test-server routes for the src-loading tests (used by web-test-runner.config.mjs).
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve, sep } from 'node:path';
import { PassThrough } from 'node:stream';
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
  if (ctx.path === '/test-server/long-line') {
    // One line of JSON, about 2 MB, sent as CSV: what a wrong content type does to a big file.
    ctx.type = 'text/csv';
    ctx.body = JSON.stringify({ events: Array.from({ length: 40_000 }, (_, i) => ({ start: '2018', title: `Event number ${i}` })) });
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
  } else if (ctx.path === '/test-server/stall') {
    // Headers and the first bytes at once, then silence for `ms` (at most 5 s), then the rest.
    const stream = new PassThrough();
    ctx.set('Content-Type', fixtureTypes[extname(ctx.query.file)] ?? 'text/plain');
    ctx.body = stream;
    stream.write(body.slice(0, 10));
    const timer = setTimeout(() => stream.end(body.slice(10)), Math.min(Number(ctx.query.ms) || 0, 5000));
    stream.on('close', () => clearTimeout(timer));
    return;
  } else if (ctx.path === '/test-server/encoded') {
    // The fixture in another encoding: `windows-1251` (Cyrillic, as Excel writes it) or `utf-16le` (with a byte-order mark).
    const encoding = String(ctx.query.encoding);
    ctx.set('Content-Type', String(ctx.query.type ?? 'text/csv'));
    ctx.body = encoding === 'utf-16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]) : toWindows1251(body);
    return;
  } else {
    return next();
  }
  ctx.body = body;
};

/** Text in windows-1251: ASCII as it is, А–я, Ё and ё at their code points; anything else `?`. */
function toWindows1251(text) {
  return Buffer.from(
    [...text].map((c) => {
      const code = c.codePointAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      return code === 0x401 ? 0xa8 : code === 0x451 ? 0xb8 : 0x3f;
    }),
  );
}
