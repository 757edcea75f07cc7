import { regionHue } from '../components/region-hue.js';

// SVG presentation attributes do not resolve CSS variables, so chart colours are constants. They match the
// region hues in app.css (.region-hue-N) so a region has one colour everywhere.
const HUES = ['#4ea1ff', '#f5a524', '#3ecf8e', '#c084fc', '#f87171', '#22d3ee'] as const;

export function regionColour(region: string): string {
  return HUES[regionHue(region)] ?? '#4ea1ff';
}

export const GRID = '#2a3340';
export const AXIS = '#8a96a8';
export const REFERENCE = '#f87171';

// SLO detail: alert thresholds by severity, and annotations by what caused them.
export const PAGE_THRESHOLD = '#ff5c5c';
export const TICKET_THRESHOLD = '#f5a524';
export const OPERATOR_MARK = '#c084fc';
export const CANARY_MARK = '#22d3ee';
export const WHAT_IF = '#3ecf8e';
