import { describe, expect, it } from 'vitest';
import { flagdContentProblem, flagdFileProblem, formatImportChange, formatImportError, importSummary } from './flagd-file.js';

describe('flagd file helpers', () => {
  it('checks size before reading', () => {
    expect(flagdFileProblem({ name: 'flags.json', size: 2_300_000 })).toBe('flags.json is 2.3 MB; a flag file must be under 1 MB');
    expect(flagdFileProblem({ name: 'flags.json', size: 0 })).toBe('flags.json is empty');
    expect(flagdFileProblem({ name: 'flags.json', size: 1200 })).toBeNull();
    expect(flagdContentProblem('flags.json', '  \n')).toBe('flags.json is empty');
    expect(flagdContentProblem('flags.json', 'x'.repeat(1_000_001))).toMatch(/under 1 MB/);
    expect(flagdContentProblem('flags.json', '{"flags":{}}')).toBeNull();
  });

  it('names the flag and field of an error', () => {
    expect(formatImportError({ flag: 'kill-recommendations', field: 'state', message: 'must be ENABLED or DISABLED' })).toBe(
      'flag kill-recommendations, field state: must be ENABLED or DISABLED',
    );
    expect(formatImportError({ flag: null, field: 'flags', message: 'missing' })).toBe('field flags: missing');
  });

  it('describes changes and results', () => {
    expect(formatImportChange({ key: 'new-checkout', from: false, to: true })).toBe('new-checkout: off → on');
    const errors = [{ flag: 'a', field: 'state', message: 'x' }];
    expect(importSummary({ changes: [], errors, applied: false }, 'eu-west')).toBe('1 error in the file: nothing was changed in eu-west.');
    expect(importSummary({ changes: [{ key: 'a', from: false, to: true }], errors: [], applied: false }, 'eu-west')).toBe('1 change to apply in eu-west:');
    expect(
      importSummary({ changes: [], errors: [{ flag: 'b', field: 'platform', message: 'timeout' }], applied: true }, 'eu-west'),
    ).toMatch(/^The platform failed while applying b: the changes before it stay applied in eu-west/);
    expect(importSummary({ changes: [], errors: [], applied: false }, 'eu-west')).toBe('The file matches eu-west: nothing to change.');
    expect(
      importSummary({ changes: [{ key: 'a', from: false, to: true }, { key: 'b', from: true, to: false }], errors: [], applied: true }, 'eu-west'),
    ).toBe('Applied 2 changes in eu-west.');
  });
});
