import { useState } from 'react';
import type { Observed, RegionControlsView } from '../../../../shared/console-api.js';
import type { Degradation, DegradationMode } from '../../../../shared/platform-api/index.js';
import { api } from '../../api/client.js';
import { call } from '../../api/call.js';
import { AsOf } from '../../components/as-of.js';
import { ErrorNote } from '../../components/error-note.js';
import { loadControls, putDegradation, putDegradationOutcomes } from '../../stores/controls-store.js';
import { reloadDegradationEffect, useDegradationEffects } from '../../stores/degradation-effect-store.js';
import { putOverviewDegradation } from '../../stores/overview-store.js';
import { useNow } from '../../time/clock.js';
import { formatAgeAt } from '../../time/format-age.js';
import { formatClock, formatDateTime } from '../../time/format-clock.js';
import { ChangePanel } from '../../writes/change-panel.js';
import { intentId } from '../../writes/intent-keys.js';
import { proposeWrite } from '../../writes/propose-write.js';
import { isDegradation } from '../../writes/resource-guards.js';
import { useMayPerform } from '../../writes/use-may-perform.js';
import { WriteFeedback } from '../../writes/write-feedback.js';
import { cancelDraft, useWrites } from '../../writes/writes-store.js';
import { ALL_REGIONS_CONFIRMATION, DEGRADATION_EFFECTS, DEGRADATION_MODES, DEGRADATION_TURNS_OFF, isDegradationMode } from './degradation-modes.js';
import { effectRows } from './effect-figures.js';
import { partialOutcomeFeedback } from './region-outcomes.js';

const EVERYWHERE_TARGET = 'degradation:*';

function store(region: string, d: Degradation): void {
  putDegradation(region, d);
  putOverviewDegradation(region, d);
  // The "after" window starts at the switch.
  void reloadDegradationEffect(region);
}

/** The three levels and what each turns off, once above the regions. */
export function DegradationLevels() {
  return (
    <dl className="degradation-levels" data-testid="degradation-levels">
      {DEGRADATION_MODES.map((m) => (
        <div key={m}>
          <dt className={`degradation mode-${m}`}>{m}</dt>
          <dd>
            {DEGRADATION_EFFECTS[m]}
            {DEGRADATION_TURNS_OFF[m].length > 0 && <span className="row-sub">Off: {DEGRADATION_TURNS_OFF[m].join(', ')}.</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function DegradationEffectTable({ region }: { region: string }) {
  const effect = useDegradationEffects((s) => s.effects[region]);
  const error = useDegradationEffects((s) => s.errors[region] ?? null);
  const now = useNow();
  if (!effect) {
    return (
      <div className="degradation-effect" data-testid={`degradation-effect-${region}`}>
        {error ? <ErrorNote error={error} onRetry={() => void reloadDegradationEffect(region)} /> : <p className="loading">Loading the live effect…</p>}
      </div>
    );
  }
  const rows = effectRows(effect.before, effect.after);
  const since =
    effect.changedAt === null
      ? `${effect.mode} since before Meridian started watching`
      : `${effect.mode} since ${formatDateTime(effect.changedAt)} (${formatAgeAt(effect.changedAt, now)})`;
  return (
    <div className="degradation-effect" data-testid={`degradation-effect-${region}`} data-mode={effect.mode}>
      <table className="data-table effect-table">
        <caption>
          Live effect in {region}: {since}
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">
              Before <span className="th-sub">{effect.before.minutes} min before the switch</span>
            </th>
            <th scope="col">
              After{' '}
              <span className="th-sub">
                {effect.after.minutes > 0
                  ? `${effect.after.minutes} min since`
                  : effect.changedAt === null
                    ? 'no switch yet'
                    : `from ${formatClock(Math.ceil(effect.changedAt / 60_000) * 60_000, undefined, false)}, once that minute is complete`}
              </span>
            </th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              <td className="num" data-testid={`${r.id}-before-${region}`}>
                {r.before}
              </td>
              <td className="num" data-testid={`${r.id}-after-${region}`}>
                {r.after}
              </td>
              <td className={`num delta tone-${r.tone}`} data-testid={`${r.id}-delta-${region}`}>
                {r.delta}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && <ErrorNote error={error} onRetry={() => void reloadDegradationEffect(region)} />}
    </div>
  );
}

export function DegradationControl({ region, degradation }: { region: string; degradation: Observed<Degradation> | null }) {
  const target = `degradation:${region}`;
  const { allowed, why } = useMayPerform('degradation', region);
  const optimistic = useWrites((s) => s.inFlight[target] ?? s.inFlight[EVERYWHERE_TARGET]);
  const proposed = useWrites((s) => (s.draft?.target === target ? s.draft.proposed : undefined));
  if (!degradation) {
    return (
      <div className="degradation-card" data-testid={`degradation-card-${region}`}>
        <h3>{region}</h3>
        <p className="muted">No checkout mode cached yet for {region}.</p>
      </div>
    );
  }
  const current = degradation.value;
  const shown =
    optimistic?.kind === 'degradation' ? optimistic.mode : proposed?.kind === 'degradation' ? proposed.mode : current.mode;
  const selectId = `degradation-${region}-select`;
  return (
    <div className={`degradation-card mode-card-${shown}`} data-testid={`degradation-card-${region}`}>
      <h3>{region}</h3>
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
            if (!isDegradationMode(mode)) return;
            if (mode === current.mode) {
              cancelDraft();
              return;
            }
            proposeWrite(
              {
                summary: `Switch checkout in ${region} from ${current.mode} to ${mode}`,
                consequence: `${DEGRADATION_EFFECTS[mode]}${DEGRADATION_TURNS_OFF[mode].length > 0 ? ` Turns off: ${DEGRADATION_TURNS_OFF[mode].join(', ')}.` : ''}`,
              },
              {
                target,
                kind: 'degradation',
                optimistic: { kind: 'degradation', mode },
                intent: intentId('degradation', region, current.version, mode),
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
        <span className={`degradation mode-${shown}`} data-testid={`degradation-mode-${region}`}>
          {DEGRADATION_EFFECTS[shown]}
        </span>
      </div>
      {why && <p className="muted">{why}.</p>}
      <p className="row-sub">
        Last changed {current.updatedAt > 0 ? formatDateTime(current.updatedAt) : '—'} by {current.updatedBy || '—'}
        {current.reason && `: “${current.reason}”`} · <AsOf at={degradation.observedAt} />
      </p>
      <ChangePanel target={target} />
      <WriteFeedback target={target} />
      <DegradationEffectTable region={region} />
    </div>
  );
}

/** "Degrade every region": one change for every region, confirmed by typing "all regions". */
export function DegradationEverywhere({ regions }: { regions: readonly RegionControlsView[] }) {
  const { allowed, why } = useMayPerform('degradation-everywhere');
  const pending = useWrites((s) => EVERYWHERE_TARGET in s.inFlight);
  const [mode, setMode] = useState<DegradationMode>('degraded');
  const missing = regions.filter((r) => !r.degradation).map((r) => r.region);
  const versions = Object.fromEntries(regions.flatMap((r) => (r.degradation ? [[r.region, r.degradation.value.version]] : [])));
  const already = regions.every((r) => r.degradation?.value.mode === mode);
  const blocked = missing.length > 0 ? `no checkout mode cached yet for ${missing.join(', ')}` : null;

  const propose = () => {
    const changes = regions.map((r) => `${r.region} ${r.degradation?.value.mode ?? '?'} → ${mode}`).join(', ');
    proposeWrite(
      {
        summary: `Set checkout in every region to ${mode} (${changes})`,
        consequence: DEGRADATION_EFFECTS[mode],
        confirmation: { expected: ALL_REGIONS_CONFIRMATION, prompt: 'This changes checkout in every region at once' },
      },
      {
        target: EVERYWHERE_TARGET,
        kind: 'degradation',
        optimistic: { kind: 'degradation', mode },
        intent: intentId('degradation-everywhere', versions, mode),
        send: (reason, idempotencyKey, confirmation) =>
          call(() =>
            api.controls.setDegradationEverywhere.mutate({
              mode,
              expectedVersions: versions,
              reason,
              idempotencyKey,
              ...(confirmation !== undefined ? { confirmation } : {}),
            }),
          ),
        onSuccess: (outcomes) => {
          putDegradationOutcomes(outcomes);
          for (const o of outcomes) {
            if (o.ok && o.value) {
              putOverviewDegradation(o.region, o.value);
              void reloadDegradationEffect(o.region);
            }
          }
          const feedback = partialOutcomeFeedback(outcomes, `checkout ${mode}`);
          if (feedback) void loadControls();
          return feedback;
        },
        onConflict: () => void loadControls(),
      },
    );
  };

  return (
    <div className="degradation-everywhere">
      <div className="inline-field">
        <label htmlFor="degradation-everywhere-mode">Every region at once</label>
        <select
          id="degradation-everywhere-mode"
          data-testid="degradation-everywhere-mode"
          value={mode}
          disabled={!allowed || pending}
          onChange={(e) => {
            const v = e.target.value;
            if (isDegradationMode(v)) setMode(v);
          }}
        >
          {DEGRADATION_MODES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="danger"
          data-testid="degradation-everywhere-apply"
          disabled={!allowed || pending || blocked !== null || already}
          title={why ?? blocked ?? (already ? `every region is ${mode} already` : undefined)}
          onClick={propose}
        >
          {mode === 'normal' ? 'Restore every region…' : `Degrade every region to ${mode}…`}
        </button>
      </div>
      <ChangePanel target={EVERYWHERE_TARGET} />
      <WriteFeedback target={EVERYWHERE_TARGET} />
    </div>
  );
}
