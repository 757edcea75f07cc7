import { describe, expect, it } from 'vitest';
import { confirmationMatches, confirmationProblem } from './typed-confirmation.js';

describe('typed confirmation', () => {
  it('needs the exact text, spaces around forgiven', () => {
    expect(confirmationMatches(' eu-west ', 'eu-west')).toBe(true);
    expect(confirmationMatches('EU-WEST', 'eu-west')).toBe(false);
    expect(confirmationMatches('eu-wes', 'eu-west')).toBe(false);
  });
  it('says what to type', () => {
    expect(confirmationProblem('', 'all regions')).toBe('type “all regions” to confirm');
    expect(confirmationProblem('all', 'all regions')).toBe('does not match “all regions”');
    expect(confirmationProblem('all regions', 'all regions')).toBeNull();
  });
});
