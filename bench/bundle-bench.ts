import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface BundleResult {
  initialJsGzipBytes: number;
  initialFiles: string[];
  lazyJsGzipBytes: number;
}

/** What the browser must fetch before first paint: index.html's module script and its modulepreloads. */
export function bundleBench(rendererDir: string): BundleResult {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(rendererDir, file)), { level: 9 }).length;
  const assets = fs.readdirSync(path.join(rendererDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const initialBytes = initial.reduce((sum, f) => sum + gz(f), 0);
  const lazyBytes = assets.filter((f) => !initial.includes(f)).reduce((sum, f) => sum + gz(f), 0);
  return { initialJsGzipBytes: initialBytes, initialFiles: initial, lazyJsGzipBytes: lazyBytes };
}
