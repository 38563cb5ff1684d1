import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
// Where the API listens in development (`npm run start:dev` or `npm start`).
const apiTarget = process.env.VITE_API_TARGET ?? 'http://localhost:3000';

export default defineConfig({
  root: here,
  // React 19's automatic JSX runtime through Vite 8's own (oxc) transform: no React plugin needed.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    // No inline <script> or data: module preload polyfill: the page's CSP is script-src 'self'.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // antd and rc-components mark their modules "use client" (for React Server Components);
      // meaningless in a browser bundle, and one warning per file.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      ['/api', '/docs', '/docs-json', '/health', '/admin/queues'].map((prefix) => [
        prefix,
        {
          target: apiTarget,
          changeOrigin: true,
          // The cookie routes accept only same-origin requests: present the API's own origin.
          configure: (proxy: { on: (event: 'proxyReq', fn: (req: { setHeader(n: string, v: string): void }) => void) => void }) => {
            proxy.on('proxyReq', (req) => req.setHeader('origin', new URL(apiTarget).origin));
          },
        },
      ]),
    ),
  },
});
