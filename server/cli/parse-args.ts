/** `--name value` and `--flag` pairs; anything else is an error naming the argument. */
export function parseArgs(argv: readonly string[], known: Record<string, 'value' | 'flag'>): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const name = arg.replace(/^--/, '');
    const kind = known[name];
    if (!arg.startsWith('--') || !kind) {
      throw new Error(`unknown argument "${arg}" (known: ${Object.keys(known).map((k) => `--${k}`).join(', ')})`);
    }
    if (kind === 'flag') out[name] = true;
    else {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
      out[name] = value;
    }
  }
  return out;
}
