// A split as a row of divs: no chart library, so it can sit on the overview without costing start-up time.
// The legend repeats the numbers as text, so a drained (0%) region is still visible and readable.
import { regionHue } from './region-hue.js';

export function TrafficBar({
  weights,
  testIdPrefix,
  label,
}: {
  weights: Record<string, number>;
  /** Testids `${prefix}-${region}` on each legend entry, e.g. traffic-weight-eu-west. */
  testIdPrefix?: string;
  label: string;
}) {
  const entries = Object.entries(weights);
  return (
    <div className="traffic">
      <div className="traffic-bar" aria-hidden="true">
        {entries.map(([region, weight]) => (
          <div
            key={region}
            className={`traffic-segment region-hue-${regionHue(region)}`}
            style={{ flexGrow: weight, flexBasis: 0 }}
            title={`${region}: ${weight}%`}
          >
            {weight >= 8 && <span className="traffic-segment-label">{region}</span>}
          </div>
        ))}
      </div>
      <ul className="traffic-legend" aria-label={label}>
        {entries.map(([region, weight]) => (
          <li
            key={region}
            data-testid={testIdPrefix ? `${testIdPrefix}-${region}` : undefined}
            data-weight={weight}
            className={weight === 0 ? 'is-drained' : undefined}
          >
            <span className={`swatch region-hue-${regionHue(region)}`} aria-hidden="true" />
            {region} <strong>{weight}%</strong>
            {weight === 0 && ' (drained)'}
          </li>
        ))}
      </ul>
    </div>
  );
}
