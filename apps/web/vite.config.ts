import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built client on its own port; in development Vite proxies to it.
// 127.0.0.1, where the API listens by default ("localhost" may resolve to ::1 first).
const apiOrigin = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': apiOrigin,
      '/health': apiOrigin,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Which chunks each page loads: read by scripts/bundle-size.mjs (`pnpm bench:bundle`).
    manifest: true,
    rolldownOptions: {
      treeshake: {
        // The scoring package is pure: importing a few constants (level labels) must not
        // bring in the zod schemas of the modules around them.
        moduleSideEffects: [{ test: /[\\/]packages[\\/]scoring[\\/]src[\\/]/, sideEffects: false }],
      },
    },
  },
});
