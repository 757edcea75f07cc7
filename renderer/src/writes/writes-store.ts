import { create } from 'zustand';
import type { Canary, DegradationMode } from '../../../shared/platform-api/index.js';
import type { FieldIssue } from '../api/api-error.js';
import type { ShownViolation } from '../api/safety-refusal.js';

/** What a control shows while its write is in flight: the requested value, before the platform confirms it. */
export type Optimistic =
  | { kind: 'flag'; enabled: boolean }
  | { kind: 'degradation'; mode: DegradationMode }
  | { kind: 'traffic'; weights: Record<string, number> }
  | { kind: 'canary'; canary: Canary }
  /** A write with nothing to show ahead of the answer (a flag file import). */
  | { kind: 'none' };

export type Feedback =
  | {
      kind: 'error';
      message: string;
      issues: FieldIssue[];
      /** What to do next. */
      hint?: string | null;
      /** Safety rules that refused the change. */
      violations?: ShownViolation[];
      /** Sends the same change again with the same idempotency key; only when it may not have applied. */
      retry?: (() => void) | null;
    }
  | { kind: 'conflict'; message: string }
  /** A change applied in some regions and not in others. */
  | { kind: 'partial'; message: string; failures: Array<{ region: string; error: string }> };

/** Typed confirmation for a high-risk change: the operator types `expected` before the change is sent. */
export interface TypedConfirmation {
  expected: string;
  /** "Type the flag key to flip this kill switch in every region". */
  prompt: string;
}

/** A change the operator started, waiting for a reason and confirmation next to the control. */
export interface ChangeDraft {
  /** Names the control, e.g. `flag:eu-west:promo-banner`; the panel renders beside the matching control. */
  target: string;
  /** "Turn off kill switch checkout-kill in eu-west". */
  summary: string;
  /** What the change does, for changes whose effect is not obvious from the summary. */
  consequence?: string;
  /** Warnings that must be impossible to miss, e.g. a break-glass override. */
  marks?: string[];
  confirmation?: TypedConfirmation;
  /** The value being proposed, for controls (like a select) that show it while the reason is typed. */
  proposed: Optimistic;
  submit: (reason: string, confirmation: string | undefined) => Promise<void>;
}

interface WritesState {
  draft: ChangeDraft | null;
  inFlight: Record<string, Optimistic>;
  feedback: Record<string, Feedback>;
}

export const useWrites = create<WritesState>()(() => ({ draft: null, inFlight: {}, feedback: {} }));

/** Starting a new change dismisses old results: the operator has moved on, and stale messages mislead. */
export function propose(draft: ChangeDraft): void {
  useWrites.setState({ draft, feedback: {} });
}

export function cancelDraft(): void {
  useWrites.setState({ draft: null });
}

export function beginWrite(target: string, optimistic: Optimistic): void {
  useWrites.setState((s) => ({
    draft: s.draft?.target === target ? null : s.draft,
    inFlight: { ...s.inFlight, [target]: optimistic },
  }));
}

export function endWrite(target: string, feedback: Feedback | null): void {
  useWrites.setState((s) => {
    const { [target]: _done, ...inFlight } = s.inFlight;
    const { [target]: _old, ...rest } = s.feedback;
    return { inFlight, feedback: feedback ? { ...rest, [target]: feedback } : rest };
  });
}

export function clearFeedback(target: string): void {
  useWrites.setState((s) => {
    const { [target]: _old, ...rest } = s.feedback;
    return { feedback: rest };
  });
}
