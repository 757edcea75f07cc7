// `npm run serve`: the desktop app's backend, headless, for a browser.
import path from 'node:path';
import { ROLES, type Role } from '../../shared/console-api.js';
import { Scenario } from '../../shared/scenarios.js';
import { startBackend } from '../backend.js';
import { parseArgs } from './parse-args.js';

const HELP = `Usage: npm run serve -- [--port N] [--host 127.0.0.1] [--platform platform.json] [--scenario steady]
                        [--data-dir DIR] [--role on-call|release-manager|regional-manager|viewer] [--operator NAME]
                        [--regions us-east,eu-west] [--operators operators.json] [--history-days 30] [--poll-ms 5000]

  --role, --operator, --regions  set the launch URL's profile (saved, as if set in Settings)
  --operators FILE               per-operator tokens: [{"name", "role", "regions"?, "token"}]; each operator opens
                                 <origin>/?token=<their token> and acts as themselves (see docs/permissions.md)`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), {
    port: 'value', host: 'value', platform: 'value', scenario: 'value', 'data-dir': 'value', role: 'value',
    operator: 'value', regions: 'value', operators: 'value', 'history-days': 'value', 'poll-ms': 'value', 'allow-host': 'value', help: 'flag',
  });
  if (args.help) return void console.log(HELP);
  const str = (k: string) => (typeof args[k] === 'string' ? (args[k] as string) : undefined);
  const int = (k: string) => {
    const v = str(k);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${k} must be a whole number (got "${v}")`);
    return n;
  };
  const scenario = str('scenario') ?? process.env.MERIDIAN_SCENARIO;
  if (scenario !== undefined && !Scenario.safeParse(scenario).success) throw new Error(`unknown scenario "${scenario}" (choose one of: ${Scenario.options.join(', ')})`);
  const role = str('role');
  if (role !== undefined && !ROLES.includes(role as Role)) throw new Error(`unknown role "${role}" (choose one of: ${ROLES.join(', ')})`);
  const regions = str('regions')?.split(',').map((r) => r.trim()).filter((r) => r !== '');
  if (regions !== undefined && role !== 'regional-manager') throw new Error('--regions applies only with --role regional-manager');
  // Only an explicit --role/--operator replaces the saved profile; otherwise the one from Settings stays.
  const operator =
    role !== undefined || str('operator') !== undefined
      ? { name: str('operator') ?? process.env.USER ?? 'operator', role: (role ?? 'on-call') as Role, regions: regions && regions.length > 0 ? regions : null }
      : undefined;
  const host = str('host') ?? '127.0.0.1';
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    console.warn(`[meridian] warning: listening on ${host} exposes the console beyond this machine; anyone with the launch URL can operate the platform.`);
  }

  const backend = await startBackend({
    mode: 'server',
    dataDir: path.resolve(str('data-dir') ?? process.env.MERIDIAN_DATA_DIR ?? '.meridian-data'),
    host,
    port: int('port') ?? 0,
    platformConfigPath: str('platform') ?? process.env.MERIDIAN_PLATFORM_CONFIG,
    scenario: scenario as Scenario | undefined,
    operator,
    operatorsFile: str('operators') ? path.resolve(str('operators') ?? '') : undefined,
    historyDays: int('history-days'),
    pollIntervalMs: int('poll-ms'),
    allowedHosts: str('allow-host') ? [str('allow-host') ?? ''] : [],
  });
  console.log(`Meridian is serving the console at ${backend.origin}`);
  console.log(`Open this URL (it carries this launch's secret): ${backend.launchUrl}`);
  if (str('operators')) console.log(`Operators listed in ${str('operators') ?? ''} open ${backend.origin}/?token=<their token> and act as themselves.`);
  const stop = () => void backend.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`meridian serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
