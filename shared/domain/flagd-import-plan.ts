// Validates a flagd flag-definition file against the flags a region has, and works out what would change.
// Every problem names the flag and the field, so an operator can fix the file; any problem means no change.
import { z } from 'zod';
import type { FlagdImportError, FlagdImportNote } from '../controls-api.js';
import type { FeatureFlag } from '../platform-api/controls.js';
import { idPattern } from '../topology.js';
import { parseJson } from './json-syntax.js';

export interface FlagdImportPlan {
  changes: Array<{ key: string; from: boolean; to: boolean }>;
  errors: FlagdImportError[];
  notes: FlagdImportNote[];
}

const FlagdFlagSchema = z.object({
  state: z.enum(['ENABLED', 'DISABLED'], { error: 'must be "ENABLED" or "DISABLED"' }),
  variants: z
    .record(z.string(), z.boolean({ error: 'must be true or false (Meridian flags are on/off)' }), { error: 'must be an object of variant names to true/false' })
    .refine((v) => Object.keys(v).length > 0, 'must name at least one variant'),
  defaultVariant: z.string({ error: 'must be the name of one of the variants (a string)' }),
  targeting: z.record(z.string(), z.unknown(), { error: 'must be a JSON Logic object' }).optional(),
  metadata: z.record(z.string(), z.unknown(), { error: 'must be an object' }).optional(),
});

/** Keys flagd's schema defines at the top level; anything else is reported and ignored. */
const KNOWN_TOP_LEVEL = new Set(['$schema', 'flags', '$evaluators', 'metadata']);

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function planFlag(key: string, raw: unknown, current: FeatureFlag, plan: FlagdImportPlan): void {
  const parsed = FlagdFlagSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      plan.errors.push({ flag: key, field: issue.path.map(String).join('.') || '(flag)', message: issue.message });
    }
    return;
  }
  const f = parsed.data;
  const value = f.variants[f.defaultVariant];
  if (value === undefined) {
    plan.errors.push({ flag: key, field: 'defaultVariant', message: `"${f.defaultVariant}" is not one of the variants (${Object.keys(f.variants).join(', ')})` });
    return;
  }
  if (f.targeting !== undefined && Object.keys(f.targeting).length > 0) {
    plan.notes.push({ flag: key, field: 'targeting', message: 'targeting rules are accepted but not applied: a Meridian flag is on or off for the whole region' });
  }
  if (f.state === 'DISABLED') {
    plan.notes.push({ flag: key, field: 'state', message: 'DISABLED in flagd makes callers fall back to their code default; Meridian turns the flag off' });
  }
  const to = f.state === 'ENABLED' ? value : false;
  if (to !== current.enabled) plan.changes.push({ key, from: current.enabled, to });
}

/** What importing `content` into a region with `current` flags would change; flags absent from the file stay as they are. */
export function planFlagdImport(content: string, current: readonly FeatureFlag[], region: string): FlagdImportPlan {
  const plan: FlagdImportPlan = { changes: [], errors: [], notes: [] };
  const json = parseJson(content);
  if (!json.ok) {
    const { line, column, message } = json.error;
    plan.errors.push({ flag: null, field: '(file)', message: `not valid JSON at line ${line}, column ${column}: ${message}` });
    return plan;
  }
  const doc = json.value;
  if (!isObject(doc)) {
    plan.errors.push({ flag: null, field: '(file)', message: `expected a flagd flag-definition object ({"flags": {…}}), found ${kindOf(doc)}` });
    return plan;
  }
  for (const k of Object.keys(doc)) {
    if (!KNOWN_TOP_LEVEL.has(k)) plan.notes.push({ flag: null, field: k, message: 'not part of the flagd format; ignored' });
  }
  if (doc.$evaluators !== undefined) plan.notes.push({ flag: null, field: '$evaluators', message: 'shared targeting rules are accepted but not applied' });
  const flags = doc.flags;
  if (!isObject(flags)) {
    plan.errors.push({ flag: null, field: 'flags', message: `must be an object of flag keys to definitions, found ${flags === undefined ? 'nothing' : kindOf(flags)}` });
    return plan;
  }
  const byKey = new Map(current.map((f) => [f.key, f]));
  for (const [key, raw] of Object.entries(flags)) {
    const existing = byKey.get(key);
    if (!idPattern.test(key)) plan.errors.push({ flag: key, field: 'key', message: 'is not a valid flag key (lower-case letters, digits, ".", "_", "-")' });
    else if (!existing) plan.errors.push({ flag: key, field: 'key', message: `no such flag in ${region} (flags there: ${[...byKey.keys()].join(', ')}); Meridian does not create flags` });
    else if (!isObject(raw)) plan.errors.push({ flag: key, field: '(flag)', message: `must be an object with state, variants and defaultVariant, found ${kindOf(raw)}` });
    else planFlag(key, raw, existing, plan);
  }
  if (plan.errors.length > 0) plan.changes = [];
  return plan;
}
