import { useState } from 'react';
import type { Observed } from '../../../../shared/console-api.js';
import type { TrafficSplit } from '../../../../shared/platform-api/index.js';
import { api } from '../../api/client.js';
import { call } from '../../api/call.js';
import { TrafficBar } from '../../components/traffic-bar.js';
import { putTraffic } from '../../stores/controls-store.js';
import { putOverviewTraffic } from '../../stores/overview-store.js';
import { formatDateTime } from '../../time/format-clock.js';
import { ChangePanel } from '../../writes/change-panel.js';
import { proposeWrite } from '../../writes/propose-write.js';
import { isTrafficSplit } from '../../writes/resource-guards.js';
import { useMayPerform } from '../../writes/use-may-perform.js';
import { WriteFeedback } from '../../writes/write-feedback.js';
import { useWrites } from '../../writes/writes-store.js';
import { formatWeights } from './format-weights.js';
import { draftFromWeights, sameWeights, validateTrafficDraft, type TrafficDraft } from './traffic-weights.js';

const TARGET = 'traffic';

function store(t: TrafficSplit): void {
  putTraffic(t);
  putOverviewTraffic(t);
}

export function TrafficForm({ traffic, regions }: { traffic: Observed<TrafficSplit> | null; regions: string[] }) {
  const { allowed, why } = useMayPerform('traffic');
  const inFlight = useWrites((s) => TARGET in s.inFlight);
  // null: the form follows the platform's split; an edit makes it the operator's until applied or reset.
  const [edited, setEdited] = useState<TrafficDraft | null>(null);
  if (!traffic) return <p className="muted">No traffic split cached yet.</p>;
  const current = traffic.value;
  const draft = edited ?? draftFromWeights(current.weights);
  const validation = validateTrafficDraft(draft, regions);
  const preview = Object.fromEntries(
    regions.map((r) => [r, validation.ok ? (validation.weights[r] ?? 0) : Number.parseInt(draft[r] ?? '', 10) || 0]),
  );
  const unchanged = validation.ok && sameWeights(validation.weights, current.weights);
  const drained = regions.filter((r) => validation.ok && validation.weights[r] === 0);

  const apply = () => {
    if (!validation.ok) return;
    const weights = validation.weights;
    proposeWrite(
      {
        summary: `Set global traffic to ${formatWeights(weights)} (now ${formatWeights(current.weights)})`,
        ...(drained.length > 0 ? { consequence: `${drained.join(', ')} will receive no traffic.` } : {}),
      },
      {
        target: TARGET,
        kind: 'traffic',
        optimistic: { kind: 'traffic', weights },
        send: (reason, idempotencyKey) =>
          call(() => api.controls.setTraffic.mutate({ weights, expectedVersion: current.version, reason, idempotencyKey })),
        onSuccess: (result) => {
          store(result);
          setEdited(null);
        },
        onConflict: (c) => {
          if (isTrafficSplit(c)) store(c);
        },
      },
    );
  };

  return (
    <div className="traffic-form">
      <div className="traffic-now">
        <span className="muted">Now:</span> <TrafficBar weights={current.weights} label="Current traffic split" />
        <p className="row-sub">
          Last changed {current.updatedAt > 0 ? formatDateTime(current.updatedAt) : '—'} by {current.updatedBy || '—'}
          {current.reason && `: “${current.reason}”`}
          {current.expiresAt !== null && ` · temporary, reverts at ${formatDateTime(current.expiresAt)}`}
        </p>
      </div>
      <form
        className="traffic-inputs"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <fieldset disabled={!allowed || inFlight}>
          <legend>New weights (%)</legend>
          {regions.map((region) => {
            const error = validation.ok ? undefined : validation.fieldErrors[region];
            const id = `traffic-${region}`;
            return (
              <div key={region} className="traffic-field">
                <label htmlFor={id}>{region}</label>
                <input
                  id={id}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={100}
                  step={1}
                  data-testid={`traffic-input-${region}`}
                  value={draft[region] ?? ''}
                  aria-invalid={error !== undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(e) => setEdited({ ...draft, [region]: e.target.value })}
                />
                {error && (
                  <span id={`${id}-error`} className="field-error">
                    {error}
                  </span>
                )}
              </div>
            );
          })}
          <div className={`traffic-sum ${validation.sum === 100 ? 'is-ok' : 'is-bad'}`} data-testid="traffic-sum" aria-live="polite">
            Sum: {validation.sum ?? '—'}%
          </div>
        </fieldset>
        <div className="traffic-preview">
          <span className="muted">Preview:</span> <TrafficBar weights={preview} label="Proposed traffic split" />
        </div>
        {!validation.ok && (
          <p className="field-error" data-testid="traffic-validation">
            {validation.message}
          </p>
        )}
        {why && <p className="muted">{why}.</p>}
        <div className="change-buttons">
          <button type="submit" className="primary" data-testid="traffic-apply" disabled={!allowed || !validation.ok || unchanged || inFlight}>
            Apply…
          </button>
          <button type="button" disabled={edited === null} onClick={() => setEdited(null)}>
            Reset to current
          </button>
        </div>
      </form>
      <ChangePanel target={TARGET} />
      <WriteFeedback target={TARGET} />
    </div>
  );
}
