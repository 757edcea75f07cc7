// A PRECONDITION_FAILED answer to a traffic change carries `data.safety`: the rules that refused it, or the
// text the operator must type. It crosses the wire, so it is read field by field rather than trusted.

/** A refused rule as shown: rule names the backend adds later still show, with their message. */
export interface ShownViolation {
  rule: string;
  message: string;
}

export interface SafetyRefusal {
  violations: ShownViolation[];
  confirmationRequired: string | null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function parseViolations(v: unknown): ShownViolation[] {
  if (!Array.isArray(v)) return [];
  const out: ShownViolation[] = [];
  for (const item of v) {
    if (!isRecord(item) || typeof item.rule !== 'string' || item.rule === '') continue;
    out.push({ rule: item.rule, message: typeof item.message === 'string' ? item.message : item.rule });
  }
  return out;
}

/** `error.data.safety` → what refused the change; null when the answer carries no safety detail. */
export function parseSafetyRefusal(data: unknown): SafetyRefusal | null {
  if (!isRecord(data) || !isRecord(data.safety)) return null;
  const { safety } = data;
  const confirmation = typeof safety.confirmationRequired === 'string' && safety.confirmationRequired !== '' ? safety.confirmationRequired : null;
  const violations = parseViolations(safety.violations);
  if (violations.length === 0 && confirmation === null) return null;
  return { violations, confirmationRequired: confirmation };
}

/** "min-regions-with-traffic, max-points-per-change" — the rule names, as the audit log records them. */
export function ruleNames(violations: readonly ShownViolation[]): string {
  return violations.map((v) => v.rule).join(', ');
}
