import { useState } from 'react';
import type { Observed } from '../../../../shared/console-api.js';
import type { TrafficKnownGood, TrafficPreview } from '../../../../shared/controls-api.js';
import type { TrafficSplit } from '../../../../shared/platform-api/index.js';
import type { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { call } from '../../api/call.js';
import { ruleNames, type ShownViolation } from '../../api/safety-refusal.js';
import { StatusBadge } from '../../components/status-badge.js';
import { TrafficBar } from '../../components/traffic-bar.js';
import { loadControls, putTraffic } from '../../stores/controls-store.js';
import { putOverviewTraffic } from '../../stores/overview-store.js';
import { useNow } from '../../time/clock.js';
import { formatClock, formatDateTime } from '../../time/format-clock.js';
import { ChangePanel } from '../../writes/change-panel.js';
import { intentId } from '../../writes/intent-keys.js';
import { proposeWrite } from '../../writes/propose-write.js';
import { reasonProblem } from '../../writes/reason.js';
import { isTrafficSplit } from '../../writes/resource-guards.js';
import { useMayPerform, useSessionScope } from '../../writes/use-may-perform.js';
import { WriteFeedback } from '../../writes/write-feedback.js';
import { clearFeedback, useWrites } from '../../writes/writes-store.js';
import { formatRps } from '../format-metrics.js';
import { formatCountdown, isExpired } from './countdown.js';
import { formatWeights, inRegionOrder } from './format-weights.js';
import { formatHeadroom, formatWeightShift } from './preview-format.js';
import {
  drainedRegions,
  draftFromWeights,
  parseExpiryMinutes,
  pointsMoved,
  sameWeights,
  sliderValue,
  textFromSlider,
  validateTrafficDraft,
  weightChangeText,
  withWeight,
  type TrafficDraft,
} from './traffic-weights.js';
import { previewTraffic, useTrafficPreview } from './use-traffic-preview.js';

const TARGET = 'traffic';

function store(t: TrafficSplit): void {
  putTraffic(t);
  putOverviewTraffic(t);
}

/** The operator's edit, and the split it was made against: its version is what the write expects. */
interface Edit {
  draft: TrafficDraft;
  baseVersion: number;
}

interface Override {
  on: boolean;
  reason: string;
}

function overrideInput(o: Override): { override: { reason: string } } | Record<string, never> {
  return o.on ? { override: { reason: o.reason.trim() } } : {};
}

function breakGlassMark(o: Override, rules: readonly ShownViolation[]): string[] {
  if (!o.on) return [];
  const which = rules.length > 0 ? ruleNames(rules) : 'any safety rule that refuses it';
  return [`BREAK GLASS — overrides ${which}. Recorded as an override in the audit log. Override reason: “${o.reason.trim()}”`];
}

function ExpiryCountdown({ split, regions }: { split: TrafficSplit; regions: readonly string[] }) {
  const now = useNow();
  if (split.expiresAt === null) return null;
  const back = split.revertTo ? formatWeights(inRegionOrder(split.revertTo, regions)) : 'the split before it';
  const expired = isExpired(split.expiresAt, now);
  return (
    <p className="traffic-expiry" data-testid="traffic-expiry-countdown" data-expires-at={split.expiresAt}>
      <span className="badge temporary">temporary</span>{' '}
      {expired ? (
        <>Expired at {formatClock(split.expiresAt)}: reverting to {back}…</>
      ) : (
        <>
          Reverts to {back} in <strong className="countdown">{formatCountdown(split.expiresAt - now)}</strong> (at{' '}
          {formatClock(split.expiresAt)})
        </>
      )}
    </p>
  );
}

function PreviewPanel({
  preview,
  error,
  loading,
}: {
  preview: TrafficPreview | null;
  error: ApiError | null;
  loading: boolean;
}) {
  if (error) {
    return (
      <div className="traffic-preview" data-testid="traffic-preview">
        <p className="note">The preview is unavailable ({error.message}). The backend still checks every safety rule when you apply.</p>
      </div>
    );
  }
  if (!preview) {
    return (
      <div className="traffic-preview" data-testid="traffic-preview" aria-busy={loading}>
        <p className="loading">Previewing the split…</p>
      </div>
    );
  }
  const after = Object.fromEntries(preview.regions.map((r) => [r.region, r.weightAfter]));
  return (
    <div className={`traffic-preview${loading ? ' is-updating' : ''}`} data-testid="traffic-preview" aria-busy={loading}>
      <TrafficBar weights={after} label="Proposed traffic split" testIdPrefix="traffic-preview-weight" />
      <table className="data-table preview-table">
        <caption className="visually-hidden">Each region after the change</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Weight</th>
            <th scope="col">Health</th>
            <th scope="col">Requests/s now → after</th>
            <th scope="col">Headroom after</th>
          </tr>
        </thead>
        <tbody>
          {preview.regions.map((r) => {
            const headroom = formatHeadroom(r.headroomAfter);
            const receives = r.weightAfter > r.weightBefore;
            return (
              <tr key={r.region} data-testid={`traffic-preview-row-${r.region}`} className={receives ? 'is-receiving' : undefined}>
                <th scope="row">{r.region}</th>
                <td className="num">
                  {r.weightBefore}% → <strong>{r.weightAfter}%</strong> <span className="row-sub">{formatWeightShift(r)}</span>
                </td>
                <td>
                  <StatusBadge status={r.status} />
                </td>
                <td className="num">
                  {r.rpsNow === null ? '—' : formatRps(r.rpsNow)} → {r.rpsAfter === null ? '—' : formatRps(r.rpsAfter)}
                </td>
                <td className={`num headroom-${headroom.tone}`} data-testid={`traffic-headroom-${r.region}`}>
                  {headroom.text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {preview.problems.length > 0 && (
        <ul className="field-error" data-testid="traffic-preview-problems">
          {preview.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {preview.violations.length > 0 ? (
        <div className="safety-violations" role="alert">
          <p>
            <strong>This change breaks {preview.violations.length > 1 ? 'safety rules' : 'a safety rule'}</strong> and will be refused
            unless an on-call engineer breaks glass:
          </p>
          <ul>
            {preview.violations.map((v) => (
              <li key={v.rule} data-testid={`safety-violation-${v.rule}`}>
                <code className="rule-name">{v.rule}</code> {v.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        preview.problems.length === 0 && (
          <p className="safety-ok" data-testid="traffic-preview-safe">
            Passes every safety rule.
          </p>
        )
      )}
      {preview.confirmationRequired && (
        <p className="note">Drains a region: you will type “{preview.confirmationRequired}” to confirm.</p>
      )}
    </div>
  );
}

function KnownGood({
  knownGood,
  regions,
  current,
  allowed,
  busy,
  onRevert,
}: {
  knownGood: TrafficKnownGood | null;
  regions: readonly string[];
  current: TrafficSplit;
  allowed: boolean;
  busy: boolean;
  onRevert: (kg: TrafficKnownGood) => void;
}) {
  if (!knownGood) {
    return (
      <p className="muted" data-testid="traffic-known-good">
        No known-good split yet: it is the split before the first traffic change made through Meridian.
      </p>
    );
  }
  const same = sameWeights(knownGood.weights, current.weights);
  return (
    <div className="known-good">
      <p data-testid="traffic-known-good" data-weights={JSON.stringify(knownGood.weights)}>
        <span className="muted">Known good (before the last change, {formatDateTime(knownGood.since)}):</span>{' '}
        <strong>{formatWeights(inRegionOrder(knownGood.weights, regions))}</strong>
      </p>
      <button
        type="button"
        data-testid="traffic-revert"
        disabled={!allowed || busy || same}
        title={same ? 'The current split is the known-good one' : undefined}
        onClick={() => onRevert(knownGood)}
      >
        Revert to known-good
      </button>
    </div>
  );
}

export function TrafficForm({
  traffic,
  regions,
  knownGood,
}: {
  traffic: Observed<TrafficSplit> | null;
  regions: string[];
  knownGood: TrafficKnownGood | null;
}) {
  const { allowed, why } = useMayPerform('traffic');
  const overridePermission = useMayPerform('traffic-override');
  const scope = useSessionScope();
  // Break glass is offered once the session says this operator may use it (on-call).
  const mayOverride = scope !== null && overridePermission.allowed;
  const inFlight = useWrites((s) => TARGET in s.inFlight);
  const hasConflict = useWrites((s) => s.feedback[TARGET]?.kind === 'conflict');
  // null: the form follows the platform's split; an edit makes it the operator's until applied or reset.
  const [edit, setEdit] = useState<Edit | null>(null);
  const [temporary, setTemporary] = useState(false);
  const [minutes, setMinutes] = useState('30');
  const [override, setOverride] = useState<Override>({ on: false, reason: '' });
  // What the backend asked for when it refused the last attempt (when the preview could not say).
  const [refusal, setRefusal] = useState<{ key: string; confirmation: string | null; violations: ShownViolation[] } | null>(null);
  const [lastOverride, setLastOverride] = useState<string | null>(null);

  const current = traffic?.value ?? null;
  const draft = edit?.draft ?? (current ? draftFromWeights(current.weights) : {});
  const validation = validateTrafficDraft(draft, regions);
  const unchanged = current !== null && validation.ok && sameWeights(validation.weights, current.weights);
  const preview = useTrafficPreview(validation.ok && !unchanged ? validation.weights : null, current?.version ?? 0);

  if (!traffic || !current) return <p className="muted">No traffic split cached yet.</p>;

  const baseVersion = edit?.baseVersion ?? current.version;
  const stale = edit !== null && edit.baseVersion !== current.version;
  const expiry = temporary ? parseExpiryMinutes(minutes) : null;
  const overrideProblem = override.on ? reasonProblem(override.reason) : null;
  const weightsKey = validation.ok ? intentId(validation.weights) : null;
  const refusalNow = refusal && refusal.key === weightsKey ? refusal : null;
  const violations = preview.preview?.violations ?? refusalNow?.violations ?? [];
  const confirmationRequired = preview.preview?.confirmationRequired ?? refusalNow?.confirmation ?? null;

  const setDraft = (next: TrafficDraft) => setEdit({ draft: next, baseVersion });
  const reload = () => {
    setEdit(null);
    setRefusal(null);
    clearFeedback(TARGET);
  };
  const remember = (key: string | null) => (error: ApiError) => {
    if (key !== null && error.safety) setRefusal({ key, confirmation: error.safety.confirmationRequired, violations: error.safety.violations });
  };

  const apply = () => {
    if (!validation.ok || (temporary && expiry === null) || overrideProblem !== null) return;
    const weights = validation.weights;
    const drained = drainedRegions(weights, regions).filter((r) => (current.weights[r] ?? 0) > 0);
    const consequence = [
      violations.length > 0 && !override.on
        ? `The preview says this breaks ${ruleNames(violations)}: it will be refused unless you break glass.`
        : null,
      drained.length > 0 ? `${drained.join(', ')} will receive no traffic.` : null,
      expiry !== null ? `Temporary: reverts on its own after ${expiry} minutes.` : null,
    ].filter((s): s is string => s !== null);
    const withOverride = override.on ? { ...override } : null;
    proposeWrite(
      {
        summary: `Move traffic: ${weightChangeText(current.weights, weights, regions)} (${pointsMoved(current.weights, weights)} points)`,
        ...(consequence.length > 0 ? { consequence: consequence.join(' ') } : {}),
        marks: breakGlassMark(override, violations),
        ...(confirmationRequired
          ? { confirmation: { expected: confirmationRequired, prompt: `Draining ${drained.join(', ') || 'a region'} to 0` } }
          : {}),
      },
      {
        target: TARGET,
        kind: 'traffic',
        optimistic: { kind: 'traffic', weights },
        intent: intentId('traffic.set', baseVersion, weights, expiry, withOverride?.reason ?? null),
        send: (reason, idempotencyKey, confirmation) =>
          call(() =>
            api.controls.setTraffic.mutate({
              weights,
              expectedVersion: baseVersion,
              reason,
              idempotencyKey,
              ...(confirmation !== undefined ? { confirmation } : {}),
              ...(withOverride ? overrideInput(withOverride) : {}),
              ...(expiry !== null ? { expiresInMinutes: expiry } : {}),
            }),
          ),
        onSuccess: (result) => {
          store(result);
          setEdit(null);
          setRefusal(null);
          setTemporary(false);
          setOverride({ on: false, reason: '' });
          setLastOverride(withOverride ? `Applied with a break-glass override (${withOverride.reason.trim()}); the audit log flags it.` : null);
          // The known-good split moves with every change.
          void loadControls();
        },
        onConflict: (c) => {
          // The operator's draft stays; the form shows the split as it is now and offers to load it.
          if (isTrafficSplit(c)) store(c);
          else void loadControls();
        },
        onRefused: remember(weightsKey),
      },
    );
  };

  const revert = async (kg: TrafficKnownGood) => {
    // The preview of the known-good split says whether it drains a region or breaks a rule now.
    const p = await previewTraffic(kg.weights);
    const checked = p.ok ? p.value : null;
    const rules = checked?.violations ?? [];
    const drained = drainedRegions(kg.weights, regions).filter((r) => (current.weights[r] ?? 0) > 0);
    const withOverride = override.on && overrideProblem === null ? { ...override } : null;
    const key = intentId(kg.weights);
    proposeWrite(
      {
        summary: `Revert traffic to the known-good split: ${weightChangeText(current.weights, kg.weights, regions)}`,
        consequence: [
          `Known good since ${formatDateTime(kg.since)}.`,
          rules.length > 0 && !withOverride ? `It breaks ${ruleNames(rules)} now: it will be refused unless you break glass.` : '',
        ]
          .filter(Boolean)
          .join(' '),
        marks: withOverride ? breakGlassMark(withOverride, rules) : [],
        ...(checked?.confirmationRequired
          ? { confirmation: { expected: checked.confirmationRequired, prompt: `Draining ${drained.join(', ') || 'a region'} to 0` } }
          : {}),
      },
      {
        target: TARGET,
        kind: 'traffic',
        optimistic: { kind: 'traffic', weights: kg.weights },
        intent: intentId('traffic.revert', current.version, kg.weights, withOverride?.reason ?? null),
        send: (reason, idempotencyKey, confirmation) =>
          call(() =>
            api.controls.revertTraffic.mutate({
              expectedVersion: current.version,
              reason,
              idempotencyKey,
              ...(confirmation !== undefined ? { confirmation } : {}),
              ...(withOverride ? overrideInput(withOverride) : {}),
            }),
          ),
        onSuccess: (result) => {
          store(result);
          setEdit(null);
          setRefusal(null);
          setLastOverride(withOverride ? `Reverted with a break-glass override (${withOverride.reason.trim()}); the audit log flags it.` : null);
          void loadControls();
        },
        onConflict: (c) => {
          if (isTrafficSplit(c)) store(c);
          else void loadControls();
        },
        onRefused: remember(key),
      },
    );
  };

  const canApply =
    allowed && validation.ok && !unchanged && !inFlight && !(temporary && expiry === null) && overrideProblem === null;

  return (
    <div className="traffic-form">
      <div className="traffic-now">
        <span className="muted">Now:</span> <TrafficBar weights={current.weights} label="Current traffic split" testIdPrefix="traffic-current" />
        <p className="row-sub">
          Version {current.version} · last changed {current.updatedAt > 0 ? formatDateTime(current.updatedAt) : '—'} by{' '}
          {current.updatedBy || '—'}
          {current.reason && `: “${current.reason}”`}
        </p>
        <ExpiryCountdown split={current} regions={regions} />
        {lastOverride && (
          <p className="override-applied" data-testid="traffic-override-applied">
            {lastOverride}
          </p>
        )}
        <KnownGood knownGood={knownGood} regions={regions} current={current} allowed={allowed} busy={inFlight} onRevert={(kg) => void revert(kg)} />
      </div>

      {(stale || hasConflict) && (
        <div className="traffic-stale" data-testid="traffic-stale-draft" role="status">
          <p>
            The split changed since you started editing: {current.updatedBy || 'someone'} set <strong>{formatWeights(current.weights)}</strong>
            {current.reason && ` (“${current.reason}”)`} at {formatClock(current.updatedAt, undefined, false)}. Your weights were set against
            the earlier split, so applying them is refused as a conflict until you choose.
          </p>
          <div className="change-buttons">
            <button type="button" data-testid="traffic-reload" onClick={reload}>
              Load the current weights into the form
            </button>
            {edit !== null && (
              <button
                type="button"
                data-testid="traffic-rebase"
                onClick={() => {
                  // A deliberate choice after seeing the other change: the next apply expects the current version.
                  setEdit({ draft: edit.draft, baseVersion: current.version });
                  clearFeedback(TARGET);
                }}
              >
                Keep my weights, against the current split
              </button>
            )}
          </div>
        </div>
      )}

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
            const text = draft[region] ?? '';
            return (
              <div key={region} className="traffic-field">
                <label htmlFor={id}>{region}</label>
                <div className="traffic-field-inputs">
                  <input
                    type="range"
                    min={0}
                    max={100}
                    step={1}
                    aria-label={`${region} weight slider`}
                    data-testid={`traffic-slider-${region}`}
                    value={sliderValue(text)}
                    onChange={(e) => setDraft(withWeight(draft, region, textFromSlider(e.target.value)))}
                  />
                  <input
                    id={id}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={100}
                    step={1}
                    data-testid={`traffic-input-${region}`}
                    value={text}
                    aria-invalid={error !== undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                    onChange={(e) => setDraft(withWeight(draft, region, e.target.value))}
                  />
                </div>
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

        <div className="traffic-options">
          <label className="check">
            <input type="checkbox" data-testid="traffic-temporary" checked={temporary} disabled={!allowed} onChange={(e) => setTemporary(e.target.checked)} />
            Temporary shift: revert on its own after
          </label>
          <input
            type="number"
            className="minutes"
            min={1}
            max={1440}
            step={1}
            aria-label="Minutes until the shift reverts"
            data-testid="traffic-expires-minutes"
            value={minutes}
            disabled={!allowed || !temporary}
            aria-invalid={temporary && expiry === null}
            onChange={(e) => setMinutes(e.target.value)}
          />{' '}
          minutes
          {temporary && expiry === null && <span className="field-error"> a whole number of minutes from 1 to 1440</span>}
        </div>

        {mayOverride && (
          <div className={`break-glass${override.on ? ' is-on' : ''}`}>
            <label className="check">
              <input
                type="checkbox"
                data-testid="traffic-break-glass"
                checked={override.on}
                disabled={!allowed}
                onChange={(e) => setOverride({ ...override, on: e.target.checked })}
              />
              Break glass: override the safety rules (on-call only, flagged in the audit log)
            </label>
            {override.on && (
              <label className="change-reason">
                <span>Override reason (why the rules must be overridden)</span>
                <input
                  type="text"
                  data-testid="traffic-override-reason"
                  maxLength={2000}
                  value={override.reason}
                  aria-invalid={overrideProblem !== null}
                  onChange={(e) => setOverride({ ...override, reason: e.target.value })}
                />
                {overrideProblem && <span className="field-error">{overrideProblem}</span>}
              </label>
            )}
          </div>
        )}

        {validation.ok && !unchanged && <PreviewPanel preview={preview.preview} error={preview.error} loading={preview.loading} />}

        {!validation.ok && (
          <p className="field-error" data-testid="traffic-validation">
            {validation.message}
          </p>
        )}
        {why && <p className="muted">{why}.</p>}
        <div className="change-buttons">
          <button
            type="submit"
            className={override.on ? 'danger' : 'primary'}
            data-testid="traffic-apply"
            disabled={!canApply}
            title={!validation.ok ? validation.message : unchanged ? 'These are the current weights' : undefined}
          >
            {override.on ? 'Apply with break glass…' : 'Apply…'}
          </button>
          <button type="button" data-testid="traffic-reset" disabled={edit === null} onClick={reload}>
            Reset to current
          </button>
        </div>
      </form>
      <ChangePanel target={TARGET} />
      <WriteFeedback target={TARGET} />
    </div>
  );
}
