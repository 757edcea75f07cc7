// Marks drawn over a time chart. Plain types, so views can build them without importing recharts.

/** A horizontal line at a value: an objective, an alert threshold. */
export interface ChartReference {
  value: number;
  label: string;
  colour: string;
  dashed?: boolean;
  /** Widen the y axis so the line is visible even when the data stays far below it. */
  extendDomain?: boolean;
  /** Which end of the line carries the label; alternate them when lines sit close together. */
  labelSide?: 'left' | 'right';
}

/** A vertical line at a moment: an operator action, a canary step. */
export interface ChartAnnotation {
  at: number;
  /** Short text drawn beside the line. */
  label: string;
  colour: string;
}
