// `npm run demo-platform -- --scenario payments-brownout --port 7400`: runs the demo platform on its own,
// for pointing a Meridian (or curl) at it.
import { SCENARIO_DESCRIPTIONS } from '../../shared/scenarios.js';
import { parseCliArgs } from './cli-args.js';
import { demoPlatformConfig, startDemoPlatform } from './index.js';

async function main(): Promise<void> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(2);
  }
  let platform;
  try {
    platform = await startDemoPlatform(parsed.options);
  } catch (error) {
    console.error(`demo platform could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: closing the demo platform`);
    platform.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  console.log(`Demo platform (${platform.scenario}: ${SCENARIO_DESCRIPTIONS[platform.scenario]}) seed ${platform.seed}`);
  console.log(`  origin           ${platform.origin}`);
  for (const [region, url] of Object.entries(platform.regionUrls)) console.log(`  ${region.padEnd(16)} ${url}`);
  console.log(`  traffic manager  ${platform.trafficManagerUrl}`);
  console.log('Meridian platform config (save as JSON and pass its path as the platform config):');
  console.log(JSON.stringify(demoPlatformConfig(platform)));
}

void main();
