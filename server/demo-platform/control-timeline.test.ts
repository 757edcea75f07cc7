import { describe, expect, it } from 'vitest';
import { ControlTimeline } from './control-timeline.js';
import { initialControlState } from './initial-controls.js';

describe('control timeline', () => {
  it('answers the state in force at any time', () => {
    const initial = initialControlState('steady', 1_000_000, 0);
    const timeline = new ControlTimeline(initial);
    const later = { ...initial, traffic: { ...initial.traffic, version: 2 } };
    const latest = { ...initial, traffic: { ...initial.traffic, version: 3 } };
    timeline.record(100, later);
    timeline.record(200, latest);
    expect(timeline.at(99)).toBe(initial);
    expect(timeline.at(100)).toBe(later);
    expect(timeline.at(199)).toBe(later);
    expect(timeline.at(5_000)).toBe(latest);
    expect(timeline.current()).toBe(latest);
  });
});
