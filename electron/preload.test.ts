// Runs the real preload the way Electron's sandbox does: its source in a function receiving a `require`
// that only knows 'electron', so a stray relative import or Node built-in fails here as it would there.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { APP_VERSION_ARG } from './window-options.js';

const source = readFileSync(new URL('./preload.cts', import.meta.url), 'utf8');
const compiled = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  fileName: 'preload.cts',
}).outputText;

function runPreload(argv: string[]): { exposed: Map<string, unknown>; required: string[] } {
  const exposed = new Map<string, unknown>();
  const required: string[] = [];
  const electron = { contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) } };
  const sandboxRequire = (id: string): unknown => {
    required.push(id);
    if (id !== 'electron') throw new Error(`sandboxed preloads cannot require ${id}`);
    return electron;
  };
  const exports = {};
  const wrapper = `(function (require, process, exports, module) {\n${compiled}\n})`;
  const run = runInNewContext(wrapper, {}) as (r: unknown, p: unknown, e: unknown, m: unknown) => void;
  run(sandboxRequire, { argv, platform: 'linux' }, exports, { exports });
  return { exposed, required };
}

describe('preload', () => {
  it('requires nothing but electron', () => {
    expect(runPreload([]).required).toEqual(['electron']);
  });

  it('exposes exactly one frozen, data-only object', () => {
    const { exposed } = runPreload(['/electron', `${APP_VERSION_ARG}0.1.0`]);
    expect([...exposed.keys()]).toEqual(['meridianDesktop']);
    const api = exposed.get('meridianDesktop');
    expect(api).toEqual({ isDesktop: true, version: '0.1.0', platform: 'linux' });
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api as object).some((value) => typeof value === 'function')).toBe(false);
  });

  it.each([
    ['missing', []],
    ['not a version', [`${APP_VERSION_ARG}<img src=x onerror=alert(1)>`]],
    ['empty', [APP_VERSION_ARG]],
  ])('reports an unknown version when the argument is %s', (_name, argv) => {
    expect(runPreload(argv).exposed.get('meridianDesktop')).toMatchObject({ version: 'unknown' });
  });

  it('keeps its version flag in step with window-options.ts', () => {
    expect(source).toContain(`'${APP_VERSION_ARG}'`);
  });
});
