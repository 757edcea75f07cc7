import type { Observed } from '../../../../shared/console-api.js';
import type { Degradation, DegradationMode } from '../../../../shared/platform-api/index.js';
import { api } from '../../api/client.js';
import { call } from '../../api/call.js';
import { AsOf } from '../../components/as-of.js';
import { putDegradation } from '../../stores/controls-store.js';
import { putOverviewDegradation } from '../../stores/overview-store.js';
import { formatDateTime } from '../../time/format-clock.js';
import { ChangePanel } from '../../writes/change-panel.js';
import { proposeWrite } from '../../writes/propose-write.js';
import { isDegradation } from '../../writes/resource-guards.js';
import { useMayPerform } from '../../writes/use-may-perform.js';
import { WriteFeedback } from '../../writes/write-feedback.js';
import { cancelDraft, useWrites } from '../../writes/writes-store.js';
import { DEGRADATION_EFFECTS, DEGRADATION_MODES } from './degradation-modes.js';

function isMode(v: string): v is DegradationMode {
  return (DEGRADATION_MODES as readonly string[]).includes(v);
}

function store(region: string, d: Degradation): void {
  putDegradation(region, d);
  putOverviewDegradation(region, d);
}

export function DegradationControl({ region, degradation }: { region: string; degradation: Observed<Degradation> | null }) {
  const target = `degradation:${region}`;
  const { allowed, why } = useMayPerform('degradation');
  const optimistic = useWrites((s) => s.inFlight[target]);
  const proposed = useWrites((s) => (s.draft?.target === target ? s.draft.proposed : undefined));
  if (!degradation) return <p className="muted">No checkout mode cached yet for {region}.</p>;
  const current = degradation.value;
  const shown =
    optimistic?.kind === 'degradation' ? optimistic.mode : proposed?.kind === 'degradation' ? proposed.mode : current.mode;
  const selectId = `degradation-${region}-select`;
  return (
    <div className="degradation-control">
      <div className="degradation-row">
        <label htmlFor={selectId}>Checkout mode</label>
        <select
          id={selectId}
          data-testid={`degradation-select-${region}`}
          value={shown}
          disabled={!allowed || optimistic !== undefined}
          title={why ?? undefined}
          onChange={(e) => {
            const mode = e.target.value;
            if (!isMode(mode)) return;
            if (mode === current.mode) {
              cancelDraft();
              return;
            }
            proposeWrite(
              { summary: `Switch checkout in ${region} from ${current.mode} to ${mode}`, consequence: DEGRADATION_EFFECTS[mode] },
              {
                target,
                kind: 'degradation',
                optimistic: { kind: 'degradation', mode },
                send: (reason, idempotencyKey) =>
                  call(() =>
                    api.controls.setDegradation.mutate({ region, mode, expectedVersion: current.version, reason, idempotencyKey }),
                  ),
                onSuccess: (result) => store(region, result),
                onConflict: (c) => {
                  if (isDegradation(c)) store(region, c);
                },
              },
            );
          }}
        >
          {DEGRADATION_MODES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <span className={`degradation mode-${shown}`}>{DEGRADATION_EFFECTS[shown]}</span>
      </div>
      <p className="row-sub">
        Last changed {current.updatedAt > 0 ? formatDateTime(current.updatedAt) : '—'} by {current.updatedBy || '—'}
        {current.reason && `: “${current.reason}”`} · <AsOf at={degradation.observedAt} />
      </p>
      <ChangePanel target={target} />
      <WriteFeedback target={target} />
    </div>
  );
}
