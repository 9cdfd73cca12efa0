// A tiny static file server over the repository root, for the bench pages. No dependencies:
// the bench must run on a fresh clone after `npm install` and nothing else.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves the files under `root` on a free port of 127.0.0.1 (no directory listings, nothing
 * outside `root`, no caching: every run fetches afresh). Resolves to `{ origin, close() }`.
 * @param {string} root
 */
export async function serve(root) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const path = resolve(base, `.${decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)}`);
    const info = path.startsWith(base + sep) ? await stat(path).catch(() => undefined) : undefined;
    if (!info?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-store',
    });
    createReadStream(path).pipe(response);
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((closed) => server.close(closed)),
  };
}
