// Contract of the safe-operator-controls feature (issue 3): audit log, safety rules, roles, typed confirmation,
// flagd import/export, degradation effect. Routers implement exactly these shapes; the renderer codes against them.
import { z } from 'zod';
import type { HealthStatus } from './platform-api/health.js';
import type { TrafficWeights } from './platform-api/controls.js';
import { DegradationMode, Id, TrafficWeights as TrafficWeightsSchema } from './platform-api/index.js';
import { ROLES } from './console-api.js';

const Reason = z.string().trim().min(3, 'say why in a few words (at least 3 characters)').max(2000, 'keep the reason under 2000 characters');
const IdempotencyKey = z.string().min(8).max(100);
const Versions = z.record(Id, z.number().int().nonnegative());

// ---- operator profile -------------------------------------------------------------------------------
/** Regional managers act only in their regions; null means every region. */
export const OperatorProfileInput = z.object({
  name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  regions: z.array(Id).min(1).nullable(),
});
export type OperatorProfile = z.infer<typeof OperatorProfileInput>;

// ---- safety rules -----------------------------------------------------------------------------------
export const SAFETY_RULES = ['min-regions-with-traffic', 'max-points-per-change', 'no-traffic-into-failing-region'] as const;
export type SafetyRule = (typeof SAFETY_RULES)[number];

export interface SafetyViolation {
  rule: SafetyRule;
  /** e.g. "at least 2 regions must keep traffic (this leaves 1: us-east)". */
  message: string;
}

export interface TrafficPreviewRegion {
  region: string;
  weightBefore: number;
  weightAfter: number;
  status: HealthStatus | null;
  /** Gateway requests/s now, and expected after the change (scaled by weight). */
  rpsNow: number | null;
  rpsAfter: number | null;
  /** Fraction of capacity left after the change (1 = idle, 0 = at capacity, < 0 = over), null when unknown. */
  headroomAfter: number | null;
}

export interface TrafficPreview {
  /** Input problems (sum, unknown region…): the change cannot be sent at all. */
  problems: string[];
  /** Safety rules the change breaks: refused unless an on-call engineer overrides (break glass). */
  violations: SafetyViolation[];
  regions: TrafficPreviewRegion[];
  /** Text the operator must type to confirm (a region drained to 0), null when no typed confirmation is needed. */
  confirmationRequired: string | null;
}

export const PreviewTrafficInput = z.object({ weights: TrafficWeightsSchema });

const Override = z.object({ reason: Reason }).describe('break-glass override of the safety rules (on-call only)');

export const ApplyTrafficInput = z.object({
  weights: TrafficWeightsSchema,
  expectedVersion: z.number().int().nonnegative(),
  reason: Reason,
  idempotencyKey: IdempotencyKey,
  /** Typed confirmation: must equal TrafficPreview.confirmationRequired when that is not null. */
  confirmation: z.string().max(200).optional(),
  override: Override.optional(),
  /** A temporary shift reverts on its own after this many minutes. */
  expiresInMinutes: z.number().int().min(1).max(24 * 60).optional(),
});

export const RevertTrafficInput = z.object({
  expectedVersion: z.number().int().nonnegative(),
  reason: Reason,
  idempotencyKey: IdempotencyKey,
  confirmation: z.string().max(200).optional(),
  override: Override.optional(),
});

export interface TrafficKnownGood {
  /** The split before the most recent traffic change applied through Meridian. */
  weights: TrafficWeights;
  since: number;
}

/** Data of a PRECONDITION_FAILED error: which rules refused, or which confirmation is missing. */
export interface SafetyRefusalDetail {
  violations: SafetyViolation[];
  confirmationRequired: string | null;
}

// ---- flags and degradation everywhere ---------------------------------------------------------------
export const SetFlagEverywhereInput = z.object({
  key: Id,
  enabled: z.boolean(),
  /** The version of the flag in each region as displayed; every configured region must be named. */
  expectedVersions: Versions,
  reason: Reason,
  idempotencyKey: IdempotencyKey,
  /** Flipping a kill switch in every region: must equal the flag key. */
  confirmation: z.string().max(200).optional(),
});

/** Text to type to change degradation mode in every region at once. */
export const ALL_REGIONS_CONFIRMATION = 'all regions';

export const SetDegradationEverywhereInput = z.object({
  mode: DegradationMode,
  expectedVersions: Versions,
  reason: Reason,
  idempotencyKey: IdempotencyKey,
  confirmation: z.string().max(200).optional(),
});

/** Per region result of an everywhere-change: applied, or why not (conflict, platform error). */
export interface RegionOutcome<T> {
  region: string;
  ok: boolean;
  value: T | null;
  error: string | null;
}

export interface EffectFigures {
  checkoutFailureRatio: number | null;
  averageOrderValue: number | null;
  ordersPerMinute: number | null;
  minutes: number;
}
export interface DegradationEffect {
  region: string;
  mode: string;
  /** When the current mode was set; null when unknown. */
  changedAt: number | null;
  /** The 10 minutes before the change, and the minutes since it (at most 10). */
  before: EffectFigures;
  after: EffectFigures;
}
export const DegradationEffectInput = z.object({ region: Id });

// ---- flagd ------------------------------------------------------------------------------------------
export const ExportFlagdInput = z.object({ region: Id });
export interface FlagdExport {
  fileName: string;
  /** flagd flag-definition JSON ({"flags": {key: {state, variants, defaultVariant}}}), pretty-printed. */
  content: string;
}
export const ImportFlagdInput = z.object({
  region: Id,
  content: z.string().max(1_000_000, 'a flag file must be under 1 MB'),
  /** true: only validate and list the changes; false: apply them. */
  dryRun: z.boolean(),
  reason: Reason,
  idempotencyKey: IdempotencyKey,
});
export interface FlagdImportError {
  flag: string | null;
  field: string;
  message: string;
}
/** Something in the file Meridian accepted but does not apply (targeting, DISABLED state); not an error. */
export type FlagdImportNote = FlagdImportError;
export interface FlagdImportResult {
  changes: Array<{ key: string; from: boolean; to: boolean }>;
  /**
   * A validation error means nothing was changed. A platform failure while applying (field "platform") stops
   * the import at that flag: the changes before it stay applied, as the audit log shows.
   */
  errors: FlagdImportError[];
  /** Always sent by the backend; optional for older callers. */
  notes?: FlagdImportNote[];
  applied: boolean;
}

// ---- audit log --------------------------------------------------------------------------------------
export const AUDIT_RESULTS = ['applied', 'refused', 'conflict', 'failed'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

/** A JSON value as the audit log stores it. Never undefined, so it stays a required field across the wire. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface AuditEntry {
  seq: number;
  at: number;
  actor: string;
  role: string;
  /** e.g. flag.set, degradation.set, traffic.set, traffic.revert, canary.abort, flags.import, profile.set */
  action: string;
  /** e.g. eu-west/flag/kill-recommendations, global/traffic */
  target: string;
  before: JsonValue;
  after: JsonValue;
  reason: string;
  result: AuditResult;
  /** A break-glass override of a safety rule: the rules it overrode are in `detail`. */
  override: boolean;
  detail: string | null;
  prevHash: string;
  hash: string;
}

export const AuditFilterInput = z.object({
  from: z.number().int().nonnegative().optional(),
  to: z.number().int().nonnegative().optional(),
  actor: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  target: z.string().max(200).optional(),
  result: z.enum(AUDIT_RESULTS).optional(),
  overrideOnly: z.boolean().optional(),
});
export const AuditListInput = AuditFilterInput.extend({
  limit: z.number().int().min(1).max(500).default(100),
  /** seq to continue below (entries come newest first). */
  before: z.number().int().positive().optional(),
});
export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: number | null;
}
export const AuditExportInput = AuditFilterInput.extend({ format: z.enum(['csv', 'json']) });
export interface AuditExport {
  fileName: string;
  mimeType: string;
  content: string;
}
export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** The first entry whose hash or link does not match, null when the chain is whole. */
  firstBadSeq: number | null;
  problem: string | null;
}
