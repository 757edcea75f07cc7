import type { Observed } from '../../../../shared/console-api.js';
import type { FeatureFlag } from '../../../../shared/platform-api/index.js';
import { putFlag } from '../../stores/controls-store.js';
import { api } from '../../api/client.js';
import { call } from '../../api/call.js';
import { formatDateTime } from '../../time/format-clock.js';
import { ChangePanel } from '../../writes/change-panel.js';
import { proposeWrite } from '../../writes/propose-write.js';
import { isFeatureFlag } from '../../writes/resource-guards.js';
import { useMayPerform } from '../../writes/use-may-perform.js';
import { WriteFeedback } from '../../writes/write-feedback.js';
import { useWrites } from '../../writes/writes-store.js';

const flagTarget = (region: string, key: string) => `flag:${region}:${key}`;

function proposeToggle(region: string, flag: FeatureFlag, enabled: boolean): void {
  const noun = flag.kind === 'kill-switch' ? 'kill switch' : 'flag';
  proposeWrite(
    {
      summary: `Turn ${enabled ? 'on' : 'off'} ${noun} ${flag.key} in ${region}`,
      ...(flag.kind === 'kill-switch' ? { consequence: `${flag.description} (kill switch owned by ${flag.owner})` } : {}),
    },
    {
      target: flagTarget(region, flag.key),
      kind: 'flag',
      optimistic: { kind: 'flag', enabled },
      send: (reason, idempotencyKey) =>
        call(() =>
          api.controls.setFlag.mutate({ region, key: flag.key, enabled, expectedVersion: flag.version, reason, idempotencyKey }),
        ),
      onSuccess: (result) => putFlag(region, result),
      onConflict: (current) => {
        if (isFeatureFlag(current)) putFlag(region, current);
      },
    },
  );
}

function FlagRow({ region, flag, allowed, why }: { region: string; flag: FeatureFlag; allowed: boolean; why: string | null }) {
  const target = flagTarget(region, flag.key);
  const optimistic = useWrites((s) => s.inFlight[target]);
  const hasPanel = useWrites((s) => s.draft?.target === target || target in s.feedback || target in s.inFlight);
  const enabled = optimistic?.kind === 'flag' ? optimistic.enabled : flag.enabled;
  const pending = optimistic !== undefined;
  const killSwitch = flag.kind === 'kill-switch';
  return (
    <>
      <tr className={killSwitch ? 'is-kill-switch' : undefined}>
        <th scope="row">
          <code>{flag.key}</code>
          <span className="row-sub">{flag.description}</span>
        </th>
        <td>{flag.owner}</td>
        <td>
          <span className={`badge kind-${flag.kind}`}>{killSwitch ? 'KILL SWITCH' : flag.kind}</span>
        </td>
        <td>
          <span
            className={`flag-state ${enabled ? 'is-on' : 'is-off'}${pending ? ' is-pending' : ''}`}
            data-testid={`flag-state-${region}-${flag.key}`}
            data-enabled={enabled}
          >
            {enabled ? 'on' : 'off'}
            {pending && ' (applying)'}
          </span>
        </td>
        <td>
          <button
            type="button"
            className={`toggle ${enabled ? 'is-on' : 'is-off'}`}
            aria-pressed={enabled}
            aria-label={`${flag.key} in ${region}`}
            data-testid={`flag-toggle-${region}-${flag.key}`}
            data-enabled={enabled}
            disabled={!allowed || pending}
            title={why ?? `Turn ${enabled ? 'off' : 'on'}`}
            onClick={() => proposeToggle(region, flag, !enabled)}
          >
            <span className="toggle-knob" aria-hidden="true" />
            {enabled ? 'On' : 'Off'}
          </button>
        </td>
        <td className="last-change">
          {flag.updatedBy || '—'}
          <span className="row-sub">
            {flag.updatedAt > 0 ? formatDateTime(flag.updatedAt) : ''} {flag.reason && `“${flag.reason}”`}
          </span>
        </td>
      </tr>
      {hasPanel && (
        <tr className="panel-row">
          <td colSpan={6}>
            <ChangePanel target={target} />
            <WriteFeedback target={target} />
          </td>
        </tr>
      )}
    </>
  );
}

export function FlagsTable({ region, flags }: { region: string; flags: Observed<FeatureFlag[]> | null }) {
  const { allowed, why } = useMayPerform('flag');
  if (!flags) return <p className="muted">No flags cached yet for {region}.</p>;
  // Kill switches first: they are what an incident reaches for.
  const sorted = [...flags.value].sort(
    (a, b) => Number(b.kind === 'kill-switch') - Number(a.kind === 'kill-switch') || a.key.localeCompare(b.key),
  );
  return (
    <div className="table-scroll">
      <table className="data-table flags-table">
        <caption className="visually-hidden">Feature flags in {region}</caption>
        <thead>
          <tr>
            <th scope="col">Flag</th>
            <th scope="col">Owner</th>
            <th scope="col">Kind</th>
            <th scope="col">State</th>
            <th scope="col">Change</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((f) => (
            <FlagRow key={f.key} region={region} flag={f} allowed={allowed} why={why} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
