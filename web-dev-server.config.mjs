import { esbuildPlugin } from '@web/dev-server-esbuild';
import { strictCsp } from './csp-header.mjs';

// `npm start`: serves the demo with TypeScript compiled on the fly.
export default {
  open: false,
  port: Number(process.env.PORT) || 8000,
  nodeResolve: true,
  appIndex: 'demo/index.html',
  rootDir: '.',
  middleware: [
    (ctx, next) => {
      // http://localhost:8000/ opens the demo.
      if (ctx.path === '/') return ctx.redirect('/demo/');
      // The demo pages load the built bundle, so any static server shows them after `npm run build`.
      // Here they get the TypeScript source instead, compiled on the fly: no build while developing.
      // A redirect, not a rewrite: the module's URL must be src/index.ts for its relative imports.
      if (ctx.path === '/dist/sanctions-timeline.bundle.js') return ctx.redirect('/src/index.ts');
      return next();
    },
    strictCsp,
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2020', tsconfig: 'tsconfig.json' })],
};
