import { describe, expect, it } from 'vitest';
import { regionHue } from './region-hue.js';

describe('regionHue', () => {
  it('gives demo regions the first hues and others a stable one from the rest', () => {
    expect(['us-east', 'eu-west', 'ap-southeast'].map(regionHue)).toEqual([0, 1, 2]);
    const other = regionHue('sa-east');
    expect(other).toBeGreaterThanOrEqual(3);
    expect(other).toBeLessThan(6);
    expect(regionHue('sa-east')).toBe(other);
  });
});
