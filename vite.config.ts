import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/vite/csp.ts';
import { precompress } from './scripts/vite/precompress.ts';
import { offlineApp } from './scripts/vite/pwa.ts';

export default defineConfig({
  // Relative base: dist/ works from any static host and any sub-path.
  base: './',
  plugins: [react(), contentSecurityPolicy(), offlineApp(), precompress()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
