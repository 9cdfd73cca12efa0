// The strict Content-Security-Policy that demo/csp.html is served with, by `npm start`
// (web-dev-server.config.mjs) and by the test runner (web-test-runner.config.mjs). The page
// carries the same policy in a <meta http-equiv> so a plain static file server enforces it too.

/** Only same-origin files; no inline script or style, no eval; DOM sinks take Trusted Types only. */
export const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";

/** The pages served under STRICT_CSP. */
export const STRICT_PAGES = new Set(['/demo/csp.html']);

/** Koa middleware for @web/dev-server and @web/test-runner: adds the header to the strict pages. */
export const strictCsp = async (ctx, next) => {
  await next();
  if (STRICT_PAGES.has(ctx.path)) ctx.set('Content-Security-Policy', STRICT_CSP);
};
