import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

// The server serves web/dist; in development vite serves the app and forwards /graphql to it.
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // A strict CSP (script-src 'self') forbids inline scripts, so the module preload polyfill stays out.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/graphql': process.env.ATLAS_API ?? 'http://localhost:4000' },
  },
});
