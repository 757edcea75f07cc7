import type { CanaryView } from '../../../../shared/console-api.js';
import type { CanaryAction } from '../../../../shared/platform-api/index.js';
import { api } from '../../api/client.js';
import { call } from '../../api/call.js';
import { AsOf } from '../../components/as-of.js';
import { putCanary } from '../../stores/canaries-store.js';
import { putOverviewCanary } from '../../stores/overview-store.js';
import { formatDateTime } from '../../time/format-clock.js';
import { ChangePanel } from '../../writes/change-panel.js';
import { proposeWrite } from '../../writes/propose-write.js';
import { isCanary } from '../../writes/resource-guards.js';
import { intentId } from '../../writes/intent-keys.js';
import { useMayPerform } from '../../writes/use-may-perform.js';
import { WriteFeedback } from '../../writes/write-feedback.js';
import { useWrites } from '../../writes/writes-store.js';
import { CanaryComparison } from './canary-comparison.js';
import { allowedActions, currentStepIndex, predictCanary } from './canary-ramp.js';
import { CanaryRampView } from './canary-ramp-view.js';

const LABEL: Record<CanaryAction, string> = { promote: 'Promote', pause: 'Pause', resume: 'Resume', abort: 'Abort' };
const ORDER: readonly CanaryAction[] = ['promote', 'pause', 'resume', 'abort'];

function store(view: CanaryView): void {
  putCanary(view);
  putOverviewCanary(view);
}

function summaryFor(c: CanaryView, action: CanaryAction): string {
  const name = `${c.service} ${c.canaryVersion} in ${c.region}`;
  switch (action) {
    case 'promote': {
      const next = c.steps[currentStepIndex(c.steps, c.weight) + 1] ?? 100;
      return `Promote ${name} from ${c.weight}% to ${next}%`;
    }
    case 'pause':
      return `Pause ${name} at ${c.weight}%`;
    case 'resume':
      return `Resume the ramp of ${name}`;
    case 'abort':
      return `Abort ${name}: all its traffic returns to ${c.baselineVersion}`;
  }
}

export function CanaryCard({ canary }: { canary: CanaryView }) {
  const target = `canary:${canary.region}:${canary.id}`;
  const { allowed, why } = useMayPerform('canary', canary.region);
  const optimistic = useWrites((s) => s.inFlight[target]);
  const shown: CanaryView = optimistic?.kind === 'canary' ? { ...canary, ...optimistic.canary } : canary;
  const act = (action: CanaryAction) =>
    proposeWrite(
      { summary: summaryFor(canary, action) },
      {
        target,
        kind: 'canary',
        optimistic: { kind: 'canary', canary: predictCanary(canary, action) },
        intent: intentId('canary', canary.region, canary.id, canary.version, action),
        send: (reason, idempotencyKey) =>
          call(() =>
            api.canary.act.mutate({
              region: canary.region,
              canaryId: canary.id,
              action,
              expectedVersion: canary.version,
              reason,
              idempotencyKey,
            }),
          ),
        // The answer is the platform's Canary; region and observation time are the console's.
        onSuccess: (result) => store({ ...result, region: canary.region, observedAt: Date.now() }),
        onConflict: (current) => {
          if (isCanary(current)) store({ ...current, region: canary.region, observedAt: Date.now() });
        },
      },
    );
  const actions = allowedActions(shown.state);
  return (
    <li className={`canary-card state-${shown.state}`} data-testid={`canary-${canary.region}-${canary.id}`} data-state={shown.state}>
      <header className="canary-card-head">
        <h3>
          {canary.service} <span className="muted">in</span> {canary.region}
        </h3>
        <span className={`badge canary-${shown.state}`}>{shown.state}</span>
        <AsOf at={canary.observedAt} />
      </header>
      <p>
        <code>{canary.baselineVersion}</code> → <code>{canary.canaryVersion}</code>, canary receives{' '}
        <strong data-testid={`canary-weight-${canary.region}-${canary.id}`}>{shown.weight}%</strong>
        {optimistic && ' (applying)'}
      </p>
      <CanaryRampView steps={canary.steps} weight={shown.weight} />
      <CanaryComparison canary={canary} />
      <p className="row-sub">
        Last action {canary.updatedAt > 0 ? formatDateTime(canary.updatedAt) : '—'} by {canary.updatedBy || '—'}
        {canary.reason && `: “${canary.reason}”`}
      </p>
      {actions.length > 0 && (
        <div className="canary-actions" role="group" aria-label={`Actions for ${canary.service} in ${canary.region}`}>
          {ORDER.filter((a) => actions.includes(a)).map((a) => (
            <button
              key={a}
              type="button"
              className={a === 'abort' ? 'danger' : a === 'promote' ? 'primary' : undefined}
              data-testid={`canary-action-${canary.region}-${canary.id}-${a}`}
              disabled={!allowed || optimistic !== undefined}
              title={why ?? undefined}
              onClick={() => act(a)}
            >
              {LABEL[a]}
            </button>
          ))}
        </div>
      )}
      <ChangePanel target={target} />
      <WriteFeedback target={target} />
    </li>
  );
}
