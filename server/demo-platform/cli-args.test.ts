import { describe, expect, it } from 'vitest';
import { DEFAULT_CLI_PORT, parseCliArgs } from './cli-args.js';

describe('demo platform CLI arguments', () => {
  it('reads every option', () => {
    expect(parseCliArgs(['--scenario', 'payments-brownout', '--port', '7401', '--host', '0.0.0.0', '--seed', '42', '--token', 't'])).toEqual({
      ok: true,
      options: { scenario: 'payments-brownout', port: 7401, host: '0.0.0.0', seed: 42, token: 't' },
    });
  });

  it('defaults to steady on the usual port', () => {
    expect(parseCliArgs([])).toEqual({ ok: true, options: { scenario: 'steady', port: DEFAULT_CLI_PORT } });
  });

  it('names the valid scenarios when given an unknown one', () => {
    const parsed = parseCliArgs(['--scenario', 'meltdown']);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('valid scenarios: steady, flash-sale, payments-brownout, bad-canary, region-outage');
  });

  it.each([[['--port', '99999']], [['--port', 'abc']], [['--seed', '-1']], [['--bogus']], [['extra']]])('refuses %j', (argv) => {
    expect(parseCliArgs(argv).ok).toBe(false);
  });
});
