import { describe, expect, it } from 'vitest';
import { safeFileName } from './file-name.js';

describe('safeFileName', () => {
  it.each([
    ['flagd-eu-west-2025-01-05.json', 'flagd-eu-west-2025-01-05.json'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\temp\\audit.csv', 'audit.csv'],
    ['.bashrc', 'bashrc'],
    ['a\nb:c?.csv', 'a_b_c_.csv'],
    ['', 'meridian-export.txt'],
    ['///', 'meridian-export.txt'],
  ])('%j → %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });
});
