// Arguments of `npm run demo-platform -- --scenario payments-brownout --port 7400 [--host H] [--seed N] [--token T]`.
import { parseArgs } from 'node:util';
import { Scenario, SCENARIO_DESCRIPTIONS } from '../../shared/scenarios.js';
import type { DemoPlatformOptions } from './demo-platform.js';

export const DEFAULT_CLI_PORT = 7400;

export type CliParse = { ok: true; options: DemoPlatformOptions } | { ok: false; message: string };

export function usage(): string {
  const scenarios = Scenario.options.map((s) => `  ${s.padEnd(18)} ${SCENARIO_DESCRIPTIONS[s]}`).join('\n');
  return [
    'usage: npm run demo-platform -- [--scenario NAME] [--port N] [--host ADDRESS] [--seed N] [--token TOKEN]',
    `  --port defaults to ${DEFAULT_CLI_PORT} (0 picks a free one), --host to 127.0.0.1, --seed to 1, --scenario to steady`,
    'scenarios:',
    scenarios,
  ].join('\n');
}

function integer(name: string, raw: string | undefined, min: number, max: number): number | string | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) return `--${name} must be a whole number from ${min} to ${max} (got "${raw}")`;
  return Number(raw);
}

export function parseCliArgs(argv: readonly string[]): CliParse {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        scenario: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        token: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: `${error instanceof Error ? error.message : String(error)}\n${usage()}` };
  }
  const scenario = Scenario.safeParse(values.scenario ?? 'steady');
  if (!scenario.success) {
    return { ok: false, message: `unknown scenario "${values.scenario ?? ''}"; valid scenarios: ${Scenario.options.join(', ')}\n${usage()}` };
  }
  const port = integer('port', values.port, 0, 65_535);
  if (typeof port === 'string') return { ok: false, message: port };
  const seed = integer('seed', values.seed, 0, 2 ** 32 - 1);
  if (typeof seed === 'string') return { ok: false, message: seed };
  if (values.token !== undefined && values.token.length === 0) return { ok: false, message: '--token must not be empty' };
  const options: DemoPlatformOptions = { scenario: scenario.data, port: port ?? DEFAULT_CLI_PORT };
  if (values.host !== undefined) options.host = values.host;
  if (seed !== undefined) options.seed = seed;
  if (values.token !== undefined) options.token = values.token;
  return { ok: true, options };
}
