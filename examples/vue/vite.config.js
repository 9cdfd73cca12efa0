import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // Render <sanctions-timeline> as a custom element instead of resolving it as a Vue component.
          isCustomElement: (tag) => tag === 'sanctions-timeline',
        },
      },
    }),
  ],
});
