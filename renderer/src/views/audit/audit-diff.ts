// Before → after of an audit entry, compactly: only what changed, as "path: before → after" with JSON values.
// The change stamp (version, who, when, why) is in the row's own columns, so it is left out of the diff.

const STAMP = new Set(['version', 'updatedAt', 'updatedBy', 'reason']);
const MAX_VALUE = 80;
const MAX_LINES = 12;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Compact JSON of a value, shortened with an ellipsis past `max` characters. */
export function compactJson(v: unknown, max = MAX_VALUE): string {
  const text = v === undefined ? '—' : (JSON.stringify(v) ?? String(v));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function collect(path: string, before: unknown, after: unknown, out: string[], skipStamp: boolean): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const k of keys) {
      if (skipStamp && path === '' && STAMP.has(k)) continue;
      collect(path === '' ? k : `${path}.${k}`, before[k], after[k], out, skipStamp);
    }
    return;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  const label = path === '' ? '' : `${path}: `;
  out.push(`${label}${compactJson(before)} → ${compactJson(after)}`);
}

/** A change that was not applied is logged with `after: { requested: {...} }`: what the operator asked for. */
function requestedOf(after: unknown): Record<string, unknown> | null {
  if (!isPlainObject(after)) return null;
  const keys = Object.keys(after);
  return keys.length === 1 && keys[0] === 'requested' && isPlainObject(after.requested) ? after.requested : null;
}

/** What a refused or conflicting request asked for, against what was there: "requested weights.us-east: 60 → 100". */
function requestedDiff(before: unknown, requested: Record<string, unknown>): string[] {
  const out: string[] = [];
  const was = isPlainObject(before) ? before : {};
  for (const [k, v] of Object.entries(requested)) {
    if (v === null || v === undefined) continue;
    if (k === 'expectedVersion') {
      if (typeof was.version === 'number' && was.version !== v) out.push(`expectedVersion: ${compactJson(v)} (the platform had ${was.version})`);
      continue;
    }
    if (k in was) collect(k, was[k], v, out, false);
    else out.push(`${k}: ${compactJson(v)}`);
  }
  return out.map((line) => `requested ${line}`);
}

/**
 * Lines like `weights.eu-west: 33 → 13`, `mode: "normal" → "degraded"`. A created or removed thing shows
 * whole (`— → {...}`); a refused change whose after equals its before says "no change".
 */
export function auditDiff(before: unknown, after: unknown): string[] {
  const requested = requestedOf(after);
  if (requested) {
    const lines = requestedDiff(before, requested);
    return lines.length === 0 ? ['not applied (nothing requested differs)'] : cap(lines);
  }
  const out: string[] = [];
  const bothObjects = isPlainObject(before) && isPlainObject(after);
  if (bothObjects) {
    collect('', before, after, out, true);
    // Only the stamp moved: show that rather than nothing.
    if (out.length === 0) collect('', before, after, out, false);
  } else if ((before === null || before === undefined) && (after === null || after === undefined)) {
    return [];
  } else {
    collect('', before, after, out, false);
  }
  if (out.length === 0) return ['no change'];
  return cap(out);
}

function cap(lines: string[]): string[] {
  return lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), `… ${lines.length - MAX_LINES} more`] : lines;
}
