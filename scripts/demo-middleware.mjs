// The demo pages load the built bundle, so any static server shows them after `npm run build`.
// The dev server and the test runner give them the TypeScript source instead, compiled on the
// fly: no build while developing or testing. A redirect, not a rewrite: the module's URL must
// be src/index.ts for its relative imports to resolve.
export function bundleFromSource(ctx, next) {
  if (ctx.path === '/dist/sanctions-timeline.bundle.js') return ctx.redirect('/src/bundle.ts');
  return next();
}
