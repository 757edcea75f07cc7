// `meridian serve --operators operators.json`: one token per operator, each fixing that operator's identity.
import fs from 'node:fs';
import { z } from 'zod';
import { ROLES } from '../../shared/console-api.js';
import type { OperatorProfile } from '../../shared/controls-api.js';
import { Id } from '../../shared/platform-api/index.js';

/** Long enough that guessing is hopeless; the launch secret is 43 characters. */
export const MIN_TOKEN_LENGTH = 24;

const OperatorEntry = z
  .object({
    name: z.string().trim().min(1, 'give the operator a name').max(100),
    role: z.enum(ROLES, { error: `role must be one of: ${ROLES.join(', ')}` }),
    regions: z.array(Id).min(1, 'list at least one region, or leave regions out for every region').optional(),
    token: z
      .string({ error: 'give each operator a token' })
      .min(MIN_TOKEN_LENGTH, `the token must be at least ${MIN_TOKEN_LENGTH} characters (e.g. from "openssl rand -base64 32")`)
      .max(200)
      .regex(/^[A-Za-z0-9._~+/=-]+$/, 'the token may hold only letters, digits and . _ ~ + / = -'),
  })
  .strict();

export interface OperatorToken {
  token: string;
  operator: OperatorProfile;
}

/** Validates the operators file's content; every problem names the entry and the field. */
export function parseOperators(json: unknown, source: string, knownRegions?: readonly string[]): OperatorToken[] {
  if (!Array.isArray(json)) throw new Error(`${source}: expected a JSON array of operators ([{"name", "role", "regions"?, "token"}])`);
  const problems: string[] = [];
  const out: OperatorToken[] = [];
  json.forEach((raw: unknown, i) => {
    const label = `entry ${i + 1}${typeof raw === 'object' && raw !== null && 'name' in raw && typeof raw.name === 'string' ? ` (${raw.name})` : ''}`;
    const parsed = OperatorEntry.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${label}: ${issue.path.join('.') || 'entry'}: ${issue.message}`);
      return;
    }
    const e = parsed.data;
    if (e.regions && e.role !== 'regional-manager') problems.push(`${label}: regions: only a regional-manager is scoped to regions`);
    const unknown = knownRegions ? (e.regions ?? []).filter((r) => !knownRegions.includes(r)) : [];
    if (unknown.length > 0) problems.push(`${label}: regions: unknown region ${unknown.join(', ')} (known: ${(knownRegions ?? []).join(', ')})`);
    if (out.some((o) => o.token === e.token)) problems.push(`${label}: token: the same token is given to another operator`);
    if (out.some((o) => o.operator.name === e.name)) problems.push(`${label}: name: another operator is called ${e.name} (the audit log could not tell them apart)`);
    out.push({ token: e.token, operator: { name: e.name, role: e.role, regions: e.regions ? [...new Set(e.regions)] : null } });
  });
  if (problems.length > 0) throw new Error(`${source} has problems:\n  ${problems.join('\n  ')}`);
  return out;
}

export function loadOperatorsFile(file: string, knownRegions?: readonly string[]): OperatorToken[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the operators file ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`the operators file ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return parseOperators(json, file, knownRegions);
}
