// `npm run dev`: the backend on the demo platform plus Vite's dev server with hot reload. Vite proxies /trpc
// to the backend and adds the launch secret itself, so the dev page needs no launch link.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { startBackend } from '../server/backend.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const backend = await startBackend({ mode: 'server', dataDir: path.join(root, '.meridian-data', 'dev'), scenario: 'steady' });
const vite = await createServer({
  configFile: path.join(root, 'renderer', 'vite.config.ts'),
  server: {
    host: '127.0.0.1',
    proxy: {
      '/trpc': {
        target: backend.origin,
        changeOrigin: true,
        headers: { authorization: `Bearer ${backend.secret}` },
        // The dev page's origin is Vite's; the backend refuses foreign Origins, so the proxy speaks for it.
        configure: (proxy) => proxy.on('proxyReq', (req) => req.removeHeader('origin')),
      },
    },
  },
});
await vite.listen();
vite.printUrls();
const stop = () => void Promise.all([vite.close(), backend.close()]).then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
