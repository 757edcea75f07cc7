import { currentStepIndex } from './canary-ramp.js';

/** The ramp as steps (5 → 25 → 50 → 100) with the one the canary is on highlighted. */
export function CanaryRampView({ steps, weight }: { steps: readonly number[]; weight: number }) {
  const current = currentStepIndex(steps, weight);
  return (
    <ol className="canary-ramp" aria-label={`Ramp, now at ${weight}%`}>
      {steps.map((step, i) => (
        <li
          key={step}
          className={i === current ? 'is-current' : i < current ? 'is-done' : 'is-next'}
          aria-current={i === current ? 'step' : undefined}
        >
          {step}%
        </li>
      ))}
    </ol>
  );
}
