import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built client on its own port; in development Vite proxies to it.
const apiOrigin = 'http://localhost:3000';

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
  },
});
