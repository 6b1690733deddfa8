import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * GraphiQL's stylesheet embeds ~400 KB of fonts as data: URLs, which the server's CSP (font-src
 * falls back to 'self') blocks anyway; dropping them keeps the console chunk small and quiet.
 */
function dropGraphiqlFonts(): Plugin {
  return {
    name: 'drop-graphiql-fonts',
    transform(code, id) {
      if (!id.includes('/graphiql/dist/style.css')) return undefined;
      return { code: code.replace(/@font-face\s*{[^}]*}/g, ''), map: null };
    },
  };
}

// The server serves web/dist; in development vite serves the app and forwards /graphql to it.
export default defineConfig({
  root: webRoot,
  plugins: [react(), dropGraphiqlFonts()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // A strict CSP (script-src 'self') forbids inline scripts, so the module preload polyfill stays out.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      onLog(level, log, handler) {
        // react-compiler-runtime (used by GraphiQL) carries a harmless "use no memo" directive.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.id?.includes('react-compiler-runtime')) return;
        handler(level, log);
      },
    },
  },
  // The fcose layout worker is an ES module like the app (CSP: worker-src 'self').
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': process.env.ATLAS_API ?? 'http://localhost:4000' },
  },
});
