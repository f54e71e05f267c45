import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The installable, offline app: a manifest and a service worker that caches every file the app may
 * need (shell, engine worker, `eh` wasm, lazy chunks, the sample data; the `mvp` wasm when first used). Registration is
 * prompt-style: a new version waits until the user chooses to reload (src/app/offline).
 */
export function offlineApp(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    // The app registers the worker itself, after choosing when the engine may fetch its wasm.
    injectRegister: false,
    manifestFilename: 'manifest.webmanifest',
    manifest: {
      name: 'Callsight',
      short_name: 'Callsight',
      description: 'Call-centre analytics that run entirely in your browser, online or offline.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f6f7f9',
      theme_color: '#1f4e79',
      icons: [
        { src: 'icons/callsight-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/callsight-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/callsight-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/callsight.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    // A worker of our own (src/sw/sw.ts, with Workbox's precaching and routing): on a first visit it fetches
    // only what the engine needs before it takes the page, and the rest once the engine is ready.
    strategies: 'injectManifest',
    srcDir: 'src/sw',
    filename: 'sw.ts',
    injectManifest: {
      // The manifest and its icons are added by the plugin itself.
      globPatterns: ['**/*.{html,js,css,wasm,csv}'],
      // The .br/.gz twins are for static hosts; the cache keeps each file once, as the browser decoded it.
      globIgnores: ['**/*.br', '**/*.gz'],
      // duckdb-eh.wasm is 34 MB, duckdb-mvp.wasm 39 MB.
      maximumFileSizeToCacheInBytes: 45 * 1024 * 1024,
      rollupFormat: 'iife',
    },
  });
}
