// Meridian's boolean flags in flagd's flag-definition format (https://flagd.dev/reference/flag-definitions/).
// flagd's `state` says whether a flag can be evaluated at all; Meridian's on/off is the default variant.
import type { FeatureFlag } from '../platform-api/controls.js';

export const FLAGD_SCHEMA_URL = 'https://flagd.dev/schema/v0/flags.json';

export interface FlagdFlag {
  state: 'ENABLED' | 'DISABLED';
  variants: Record<string, boolean>;
  defaultVariant: string;
  metadata?: Record<string, string | number | boolean>;
}

export interface FlagdDocument {
  $schema: string;
  flags: Record<string, FlagdFlag>;
}

/** Every flag stays evaluable (ENABLED); on/off is the default variant. Metadata carries what flagd has no field for. */
export function toFlagdDocument(flags: readonly FeatureFlag[]): FlagdDocument {
  const out: Record<string, FlagdFlag> = {};
  for (const f of [...flags].sort((a, b) => a.key.localeCompare(b.key))) {
    out[f.key] = {
      state: 'ENABLED',
      variants: { on: true, off: false },
      defaultVariant: f.enabled ? 'on' : 'off',
      metadata: { description: f.description, owner: f.owner, kind: f.kind, version: f.version },
    };
  }
  return { $schema: FLAGD_SCHEMA_URL, flags: out };
}
