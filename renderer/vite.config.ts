// Builds the renderer into dist/renderer, which the backend serves at its origin root under a strict CSP.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// build/dev.ts may configure the proxy itself; this covers a backend started separately.
const backendPort = process.env.MERIDIAN_BACKEND_PORT;

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    // Chromium and Electron support modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
  server: {
    ...(backendPort
      ? {
          proxy: {
            '/trpc': { target: `http://127.0.0.1:${backendPort}`, changeOrigin: true },
          },
        }
      : {}),
  },
});
