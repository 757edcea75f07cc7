import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RegionControlsView } from '../../../../shared/console-api.js';
import type { FeatureFlag, FlagKind } from '../../../../shared/platform-api/index.js';
import { api } from '../../api/client.js';
import { call } from '../../api/call.js';
import { FilterSelect } from '../../components/filter-select.js';
import { loadControls, putFlag, putFlagOutcomes } from '../../stores/controls-store.js';
import { formatDateTime } from '../../time/format-clock.js';
import { ChangePanel } from '../../writes/change-panel.js';
import { intentId } from '../../writes/intent-keys.js';
import { permissionFor, type SessionScope } from '../../writes/permission.js';
import { proposeWrite } from '../../writes/propose-write.js';
import { isFeatureFlag } from '../../writes/resource-guards.js';
import { useSessionScope } from '../../writes/use-may-perform.js';
import { WriteFeedback } from '../../writes/write-feedback.js';
import { useWrites, type Optimistic } from '../../writes/writes-store.js';
import {
  buildFlagRows,
  everywhereVersions,
  filterFlagRows,
  flagChangeText,
  flagEverywhereText,
  NO_FLAG_FILTER,
  type FlagFilter,
  type FlagRow,
  type FlagStateFilter,
} from './flag-rows.js';
import { partialOutcomeFeedback } from './region-outcomes.js';

const KINDS: readonly FlagKind[] = ['kill-switch', 'operational', 'release', 'experiment'];
const STATES: readonly FlagStateFilter[] = ['on', 'off', 'mixed'];
/** Within one region a flag is on or off, never mixed. */
const STATES_IN_REGION: readonly FlagStateFilter[] = ['on', 'off'];

const flagTarget = (region: string, key: string) => `flag:${region}:${key}`;
const everywhereTarget = (key: string) => `flag:*:${key}`;

function whatItDoes(row: FlagRow): string {
  const owner = row.kind === 'kill-switch' ? `kill switch owned by ${row.owner}` : `${row.kind} flag owned by ${row.owner}`;
  return `What it does: ${row.description || 'no description'} (${owner}).`;
}

function proposeToggle(row: FlagRow, region: string, flag: FeatureFlag, enabled: boolean): void {
  proposeWrite(
    { summary: flagChangeText(flag.key, region, flag.enabled, enabled), consequence: whatItDoes(row) },
    {
      target: flagTarget(region, flag.key),
      kind: 'flag',
      optimistic: { kind: 'flag', enabled },
      intent: intentId('flag', region, flag.key, flag.version, enabled),
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

function proposeEverywhere(row: FlagRow, regions: readonly string[], versions: Record<string, number>, enabled: boolean): void {
  const killSwitch = row.kind === 'kill-switch';
  proposeWrite(
    {
      summary: flagEverywhereText(row, regions, enabled),
      consequence: whatItDoes(row),
      ...(killSwitch
        ? { confirmation: { expected: row.key, prompt: 'Flipping a kill switch in every region at once' } }
        : {}),
    },
    {
      target: everywhereTarget(row.key),
      kind: 'flag',
      optimistic: { kind: 'flag', enabled },
      intent: intentId('flag-everywhere', row.key, versions, enabled),
      send: (reason, idempotencyKey, confirmation) =>
        call(() =>
          api.controls.setFlagEverywhere.mutate({
            key: row.key,
            enabled,
            expectedVersions: versions,
            reason,
            idempotencyKey,
            ...(confirmation !== undefined ? { confirmation } : {}),
          }),
        ),
      onSuccess: (outcomes) => {
        putFlagOutcomes(outcomes);
        const feedback = partialOutcomeFeedback(outcomes, `${row.key} ${enabled ? 'on' : 'off'}`);
        // Regions that did not apply it may have changed meanwhile: show what is there now.
        if (feedback) void loadControls();
        return feedback;
      },
      onConflict: () => void loadControls(),
    },
  );
}

function shownEnabled(flag: FeatureFlag, own: Optimistic | undefined, everywhere: Optimistic | undefined): boolean {
  if (own?.kind === 'flag') return own.enabled;
  if (everywhere?.kind === 'flag') return everywhere.enabled;
  return flag.enabled;
}

function FlagCell({ row, region, flag, scope }: { row: FlagRow; region: string; flag: FeatureFlag | null; scope: SessionScope | null }) {
  const target = flagTarget(region, row.key);
  const own = useWrites((s) => s.inFlight[target]);
  const everywhere = useWrites((s) => s.inFlight[everywhereTarget(row.key)]);
  if (!flag) {
    return (
      <td className="flag-cell is-missing" data-testid={`flag-cell-${region}-${row.key}`}>
        <span className="muted">not in {region}</span>
      </td>
    );
  }
  const { allowed, why } = permissionFor(scope, 'flag', region);
  const enabled = shownEnabled(flag, own, everywhere);
  const pending = own !== undefined || everywhere !== undefined;
  return (
    <td className="flag-cell" data-testid={`flag-cell-${region}-${row.key}`}>
      <span
        className={`flag-state ${enabled ? 'is-on' : 'is-off'}${pending ? ' is-pending' : ''}`}
        data-testid={`flag-state-${region}-${row.key}`}
        data-enabled={enabled}
      >
        {enabled ? 'on' : 'off'}
        {pending && ' (applying)'}
      </span>
      <button
        type="button"
        className={`toggle ${enabled ? 'is-on' : 'is-off'}`}
        aria-pressed={enabled}
        aria-label={`${row.key} in ${region}`}
        data-testid={`flag-toggle-${region}-${row.key}`}
        data-enabled={enabled}
        disabled={!allowed || pending}
        title={why ?? `Turn ${enabled ? 'off' : 'on'} in ${region}`}
        onClick={() => proposeToggle(row, region, flag, !enabled)}
      >
        <span className="toggle-knob" aria-hidden="true" />
        {enabled ? 'On' : 'Off'}
      </button>
    </td>
  );
}

function EverywhereButtons({ row, regions, scope }: { row: FlagRow; regions: readonly string[]; scope: SessionScope | null }) {
  const pending = useWrites((s) => everywhereTarget(row.key) in s.inFlight);
  const { allowed, why } = permissionFor(scope, 'flag-everywhere');
  const versions = everywhereVersions(row, regions);
  const blocked = 'missing' in versions ? `not in ${versions.missing.join(', ')}` : null;
  const flags = regions.map((r) => row.cells[r]).filter((f): f is FeatureFlag => Boolean(f));
  const allOn = flags.length > 0 && flags.every((f) => f.enabled);
  const allOff = flags.length > 0 && flags.every((f) => !f.enabled);
  const title = why ?? blocked ?? undefined;
  const disabled = !allowed || blocked !== null || pending;
  return (
    <td className="flag-everywhere">
      <button
        type="button"
        data-testid={`flag-everywhere-on-${row.key}`}
        disabled={disabled || allOn}
        title={title ?? 'Turn on in every region'}
        onClick={() => 'versions' in versions && proposeEverywhere(row, regions, versions.versions, true)}
      >
        All on
      </button>
      <button
        type="button"
        data-testid={`flag-everywhere-off-${row.key}`}
        disabled={disabled || allOff}
        title={title ?? 'Turn off in every region'}
        onClick={() => 'versions' in versions && proposeEverywhere(row, regions, versions.versions, false)}
      >
        All off
      </button>
    </td>
  );
}

function FlagTableRow({ row, regions, shown, scope }: { row: FlagRow; regions: readonly string[]; shown: readonly string[]; scope: SessionScope | null }) {
  const targets = [...regions.map((r) => flagTarget(r, row.key)), everywhereTarget(row.key)];
  // useShallow: the filter makes a new array on every store update; rows re-render only when theirs change.
  const open = useWrites(useShallow((s) => targets.filter((t) => s.draft?.target === t || t in s.feedback || t in s.inFlight)));
  const killSwitch = row.kind === 'kill-switch';
  const last = row.lastChange;
  return (
    <>
      <tr className={killSwitch ? 'is-kill-switch' : undefined} data-testid={`flag-row-${row.key}`}>
        <th scope="row">
          <code>{row.key}</code>
          <span className="row-sub">{row.description}</span>
        </th>
        <td>{row.owner}</td>
        <td>
          <span className={`badge kind-${row.kind}`} data-testid={`flag-kind-${row.key}`}>
            {killSwitch ? 'KILL SWITCH' : row.kind}
          </span>
        </td>
        {shown.map((region) => (
          <FlagCell key={region} row={row} region={region} flag={row.cells[region] ?? null} scope={scope} />
        ))}
        <EverywhereButtons row={row} regions={regions} scope={scope} />
        <td className="last-change">
          {last ? (
            <>
              {last.flag.updatedBy || '—'} <span className="muted">in {last.region}</span>
              <span className="row-sub">
                {formatDateTime(last.flag.updatedAt)} {last.flag.reason && `“${last.flag.reason}”`}
              </span>
            </>
          ) : (
            '—'
          )}
        </td>
      </tr>
      {open.length > 0 && (
        <tr className="panel-row">
          <td colSpan={5 + shown.length}>
            {open.map((t) => (
              <div key={t}>
                <ChangePanel target={t} />
                <WriteFeedback target={t} />
              </div>
            ))}
          </td>
        </tr>
      )}
    </>
  );
}

export function FlagsTable({ regions }: { regions: readonly RegionControlsView[] }) {
  const scope = useSessionScope();
  const [filter, setFilter] = useState<FlagFilter>(NO_FLAG_FILTER);
  const names = useMemo(() => regions.map((r) => r.region), [regions]);
  const rows = useMemo(() => buildFlagRows(regions), [regions]);
  const shownRows = filterFlagRows(rows, filter, names);
  const shownRegions = filter.region ? [filter.region] : names;
  const missing = regions.filter((r) => !r.flags).map((r) => r.region);
  return (
    <div className="flags">
      <div className="filter-bar" role="search" aria-label="Filter flags">
        <label>
          <span>Search</span>
          <input
            type="search"
            data-testid="flag-search"
            placeholder="key, description or owner"
            value={filter.text}
            onChange={(e) => setFilter({ ...filter, text: e.target.value })}
          />
        </label>
        <FilterSelect
          label="Kind"
          testId="flag-filter-kind"
          value={filter.kind}
          options={KINDS}
          anyLabel="any kind"
          optionLabel={(k) => (k === 'kill-switch' ? 'kill switch' : k)}
          onChange={(kind) => setFilter({ ...filter, kind })}
        />
        <FilterSelect
          label="Region"
          testId="flag-filter-region"
          value={filter.region}
          options={names}
          anyLabel="every region"
          onChange={(region) => setFilter({ ...filter, region })}
        />
        <FilterSelect
          label="State"
          testId="flag-filter-state"
          value={filter.state}
          options={filter.region ? STATES_IN_REGION : STATES}
          anyLabel="any state"
          optionLabel={(s) => (s === 'mixed' ? 'on in some regions' : `${s}${filter.region ? '' : ' everywhere'}`)}
          onChange={(state) => setFilter({ ...filter, state })}
        />
        <span className="muted" data-testid="flag-count" aria-live="polite">
          {shownRows.length} of {rows.length} flags
        </span>
        {(filter.text || filter.kind || filter.region || filter.state) && (
          <button type="button" className="link-button" onClick={() => setFilter(NO_FLAG_FILTER)}>
            Clear filters
          </button>
        )}
      </div>
      {missing.length > 0 && <p className="muted">No flags cached yet for {missing.join(', ')}.</p>}
      <div className="table-scroll">
        <table className="data-table flags-table">
          <caption className="visually-hidden">Feature flags per region</caption>
          <thead>
            <tr>
              <th scope="col">Flag</th>
              <th scope="col">Owner</th>
              <th scope="col">Kind</th>
              {shownRegions.map((r) => (
                <th scope="col" key={r}>
                  {r}
                </th>
              ))}
              <th scope="col">Every region</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {shownRows.map((row) => (
              <FlagTableRow key={row.key} row={row} regions={names} shown={shownRegions} scope={scope} />
            ))}
          </tbody>
        </table>
        {shownRows.length === 0 && rows.length > 0 && <p className="muted">No flag matches these filters.</p>}
      </div>
    </div>
  );
}
