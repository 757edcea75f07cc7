import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDocsPath, resolvePlatformConfigPath, resolveSqliteNativeBinding, type AppLocations } from './app-paths.js';

function at(isPackaged: boolean, present: string[]): AppLocations {
  return { isPackaged, resourcesPath: '/opt/Meridian/resources', appRoot: '/src/meridian', exists: (path) => present.includes(path) };
}

describe('resolveSqliteNativeBinding', () => {
  const packaged = join('/opt/Meridian/resources', 'native', 'better_sqlite3.node');
  const dev = join('/src/meridian', 'build', 'native', 'electron', 'better_sqlite3.node');

  it('uses the extra resource when packaged', () => {
    expect(resolveSqliteNativeBinding(at(true, [packaged, dev]))).toBe(packaged);
  });

  it('uses build/native/electron in development', () => {
    expect(resolveSqliteNativeBinding(at(false, [packaged, dev]))).toBe(dev);
  });

  it('is undefined when not built, so the backend reports it instead of crashing here', () => {
    expect(resolveSqliteNativeBinding(at(false, []))).toBeUndefined();
    expect(resolveSqliteNativeBinding(at(true, [dev]))).toBeUndefined();
  });
});

describe('resolvePlatformConfigPath', () => {
  const inUserData = join('/home/op/.config/Meridian', 'platform.json');

  it('prefers MERIDIAN_PLATFORM_CONFIG', () => {
    expect(resolvePlatformConfigPath({ MERIDIAN_PLATFORM_CONFIG: '/etc/meridian/prod.json' }, '/home/op/.config/Meridian', () => true)).toBe('/etc/meridian/prod.json');
  });

  it('falls back to platform.json in the data folder when present', () => {
    expect(resolvePlatformConfigPath({ MERIDIAN_PLATFORM_CONFIG: '  ' }, '/home/op/.config/Meridian', (p) => p === inUserData)).toBe(inUserData);
  });

  it('is undefined (demo platform) otherwise', () => {
    expect(resolvePlatformConfigPath({}, '/home/op/.config/Meridian', () => false)).toBeUndefined();
  });
});

describe('resolveDocsPath', () => {
  it('opens the shipped README when packaged', () => {
    const readme = join('/opt/Meridian/resources', 'docs', 'README.md');
    expect(resolveDocsPath(at(true, [readme]))).toBe(readme);
  });

  it('opens the repository README, then docs/, in development', () => {
    expect(resolveDocsPath(at(false, [join('/src/meridian', 'README.md')]))).toBe(join('/src/meridian', 'README.md'));
    expect(resolveDocsPath(at(false, [join('/src/meridian', 'docs')]))).toBe(join('/src/meridian', 'docs'));
  });

  it('is undefined when nothing is there', () => {
    expect(resolveDocsPath(at(true, []))).toBeUndefined();
  });
});
