import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../server/testing/temp-dir.js';
import { findViolations } from './import-boundaries.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('import boundaries', () => {
  it('the repository keeps the layers of DESIGN.md', () => {
    expect(findViolations(root)).toEqual([]);
  });

  const t = tempDir();
  afterAll(t.remove);
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(t.dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(t.dir, rel), text);
  };

  it('catches the renderer reaching into server code, and shared using Node', () => {
    write('renderer/src/bad.ts', "import { openCache } from '../../server/store/database.js';\nimport type { AppRouter } from '../../server/trpc/app-router.js';\n");
    write('shared/bad.ts', "import fs from 'node:fs';\n");
    write('electron/bad.ts', "import { Poller } from '../server/feeds/poller.js';\n");
    const found = findViolations(t.dir).map((v) => `${v.file}:${v.line}`);
    expect(found).toEqual(['shared/bad.ts:1', 'electron/bad.ts:1', 'renderer/src/bad.ts:1']);
  });
});
