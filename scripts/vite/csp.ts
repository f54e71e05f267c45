import type { Plugin } from 'vite';

/**
 * The policy the built page runs under: nothing may be fetched, run or framed from outside the
 * page's own origin. `wasm-unsafe-eval` is what WebAssembly compilation needs; `blob:` workers are
 * what duckdb-wasm may spawn. Only the build gets it: the dev server injects inline scripts for HMR.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'callsight-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
      ],
    },
  };
}
