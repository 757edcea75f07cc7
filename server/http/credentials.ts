import type { OperatorProfile } from '../../shared/controls-api.js';
import type { OperatorToken } from './operator-tokens.js';
import { secretsEqual } from './security.js';

/** Who presented a valid secret: the launch session (its profile is editable) or one operator's token. */
export type Principal = { kind: 'launch' } | { kind: 'operator'; operator: OperatorProfile };

/** Maps the secret a request presents to who is calling; null for anything unknown. */
export class Credentials {
  constructor(
    private readonly launchSecret: string,
    private readonly operators: readonly OperatorToken[] = [],
  ) {}

  identify(presented: string | undefined): Principal | null {
    if (presented === undefined) return null;
    if (secretsEqual(presented, this.launchSecret)) return { kind: 'launch' };
    // Compare with every token, not stopping at the first match, so timing says nothing about which matched.
    let found: OperatorToken | null = null;
    for (const o of this.operators) if (secretsEqual(presented, o.token) && found === null) found = o;
    return found ? { kind: 'operator', operator: found.operator } : null;
  }
}
