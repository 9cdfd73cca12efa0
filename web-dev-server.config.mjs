import { esbuildPlugin } from '@web/dev-server-esbuild';

// `npm start`: serves the demo with TypeScript compiled on the fly.
export default {
  open: false,
  port: Number(process.env.PORT) || 8000,
  nodeResolve: true,
  appIndex: 'demo/index.html',
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, target: 'es2020', tsconfig: 'tsconfig.json' })],
};
