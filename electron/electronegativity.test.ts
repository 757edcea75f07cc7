// The security lint as a test: compiles electron/ (transpile only, so it does not depend on the rest of the
// tree type-checking) into a temporary folder and requires build/electronegativity.ts to pass it. A second
// case proves the gate bites: the same output with the sandbox switched off must fail.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { judge, scan } from '../build/electronegativity.js';

const electronDir = fileURLToPath(new URL('.', import.meta.url));
// Dev tooling that tsconfig.build.json leaves out of the app; tests are not shipped either.
const NOT_SHIPPED = new Set(['electron-binary.ts', 'launch-decision.ts']);

function compileElectronDir(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(electronDir)) {
    const match = /^(.*)\.(ts|cts)$/.exec(name);
    if (match === null || name.endsWith('.test.ts') || name.endsWith('.d.ts') || NOT_SHIPPED.has(name)) continue;
    const commonJs = match[2] === 'cts';
    const output = ts.transpileModule(readFileSync(join(electronDir, name), 'utf8'), {
      compilerOptions: { module: commonJs ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023 },
      fileName: name,
    }).outputText;
    writeFileSync(join(outDir, `${match[1] ?? name}.${commonJs ? 'cjs' : 'js'}`), output);
  }
}

describe('electronegativity', () => {
  const work = mkdtempSync(join(tmpdir(), 'meridian-eng-test-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const compiled = join(work, 'electron');
  compileElectronDir(compiled);

  it('finds nothing unaccepted in the main process and preload', { timeout: 60_000 }, async () => {
    expect(readdirSync(compiled)).toEqual(expect.arrayContaining(['main.js', 'preload.cjs', 'window-options.js']));
    const verdict = judge(await scan(compiled));
    expect(verdict.failing.map((finding) => `${finding.id} ${finding.file}:${finding.line}`)).toEqual([]);
  });

  it('fails when a hardening flag is removed', { timeout: 60_000 }, async () => {
    const weakened = join(work, 'weakened');
    compileElectronDir(weakened);
    const file = join(weakened, 'window-options.js');
    const source = readFileSync(file, 'utf8');
    expect(source).toContain('sandbox: true');
    writeFileSync(file, source.replace('sandbox: true', 'sandbox: false').replace('contextIsolation: true', 'contextIsolation: false'));
    const verdict = judge(await scan(weakened, ['sandboxjscheck', 'contextisolationjscheck']));
    expect(verdict.failing.map((finding) => finding.id).sort()).toEqual(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']);
  });
});
