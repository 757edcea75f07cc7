import fs from 'node:fs';
import path from 'node:path';

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  rule: string;
}

type Layer = 'shared' | 'server' | 'electron' | 'renderer' | 'e2e';

const LAYERS: Layer[] = ['shared', 'server', 'electron', 'renderer', 'e2e'];
const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/;

/** Where each layer may reach (DESIGN.md "Layers and the direction of imports"). */
function check(layer: Layer, target: string, typeOnly: boolean, spec: string): string | null {
  const targetLayer = LAYERS.find((l) => target === l || target.startsWith(`${l}/`));
  switch (layer) {
    case 'shared':
      if (targetLayer && targetLayer !== 'shared') return 'shared/ is pure: it imports only shared/';
      if (!targetLayer && (spec.startsWith('node:') || !['zod'].includes(spec.split('/')[0] ?? ''))) return 'shared/ may use only zod from outside';
      return null;
    case 'server':
      return targetLayer === 'renderer' || targetLayer === 'electron' || targetLayer === 'e2e' ? 'server/ never imports the UI or the shell' : null;
    case 'electron':
      if (targetLayer === 'server' && !/^server\/backend(-options)?\.(js|ts)$/.test(target)) return 'electron/ starts the backend only through server/backend';
      return targetLayer === 'renderer' || targetLayer === 'e2e' ? 'electron/ never imports the renderer' : null;
    case 'renderer':
      if (targetLayer === 'server' && !(typeOnly && /^server\/trpc\/app-router\.(js|ts)$/.test(target))) return "renderer/ imports from server/ only the AppRouter type";
      if (targetLayer === 'electron' || targetLayer === 'e2e') return 'renderer/ never imports the shell';
      if (spec.startsWith('node:') || ['fs', 'path', 'better-sqlite3', 'electron'].includes(spec)) return 'renderer/ runs in the browser';
      return null;
    case 'e2e':
      return null;
  }
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') walk(p, out);
    } else if (/\.(c|m)?tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

export function findViolations(root: string): Violation[] {
  const violations: Violation[] = [];
  for (const layer of LAYERS) {
    const dir = path.join(root, layer);
    if (!fs.existsSync(dir)) continue;
    for (const file of walk(dir)) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      // Tests may reach across layers to set up real collaborators; build configs run in Node, not the page.
      if (/\.test\.tsx?$/.test(rel) && layer !== 'shared' && layer !== 'renderer') continue;
      if (/\.config\.ts$/.test(rel)) continue;
      fs.readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
        const m = IMPORT.exec(text);
        const spec = m?.[3] ?? m?.[4] ?? m?.[5];
        if (!spec) return;
        const typeOnly = Boolean(m?.[2]);
        const target = spec.startsWith('.') ? path.relative(root, path.resolve(path.dirname(file), spec)).split(path.sep).join('/') : spec;
        const rule = spec === 'vitest' && /\.test\.tsx?$/.test(rel) ? null : check(layer, target, typeOnly, spec);
        if (rule) violations.push({ file: rel, line: i + 1, specifier: spec, rule });
      });
    }
  }
  return violations;
}
