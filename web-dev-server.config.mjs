import { esbuildPlugin } from '@web/dev-server-esbuild';
import { strictCsp } from './scripts/csp-header.mjs';
import { bundleFromSource } from './scripts/demo-middleware.mjs';

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
      return next();
    },
    bundleFromSource,
    strictCsp,
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2020', tsconfig: 'tsconfig.json' })],
};
