import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The mvp engine build: only browsers without WebAssembly exceptions load it, so it is cached when used. */
export const MVP_WASM = /duckdb-mvp-[^/]*\.wasm$/;

/**
 * The installable, offline app: a manifest and a Workbox service worker that precaches every file the
 * app may need (shell, engine worker, `eh` wasm, lazy chunks, the sample data). Registration is
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
    workbox: {
      // The manifest and its icons are added by the plugin itself.
      globPatterns: ['**/*.{html,js,css,wasm,csv}'],
      // The .br/.gz twins are for static hosts; the cache keeps each file once, as the browser decoded it.
      globIgnores: ['**/*.br', '**/*.gz', '**/duckdb-mvp-*.wasm'],
      // duckdb-eh.wasm is 34 MB.
      maximumFileSizeToCacheInBytes: 40 * 1024 * 1024,
      // A first install takes the page at once (there is no older code to swap); an update waits for the user.
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      navigateFallback: 'index.html',
      runtimeCaching: [
        {
          urlPattern: ({ url }) => MVP_WASM.test(url.pathname),
          handler: 'CacheFirst',
          options: { cacheName: 'callsight-engine-mvp', expiration: { maxEntries: 1 } },
        },
      ],
    },
  });
}
