// The platform config Meridian needs to watch a running demo platform (the shape of
// server/config/platform-config.ts, before defaults are applied).
import { DEMO_REGIONS, DEMO_REGION_TIME_ZONES } from '../../shared/topology.js';
import type { DemoPlatform } from './demo-platform.js';

export interface DemoPlatformConfig {
  regions: { id: string; baseUrl: string; timeZone: string }[];
  trafficManagerUrl: string;
  token?: string;
}

export function demoPlatformConfig(platform: Pick<DemoPlatform, 'regionUrls' | 'trafficManagerUrl'> & { token?: string | undefined }): DemoPlatformConfig {
  const config: DemoPlatformConfig = {
    regions: DEMO_REGIONS.map((id) => ({ id, baseUrl: platform.regionUrls[id], timeZone: DEMO_REGION_TIME_ZONES[id] })),
    trafficManagerUrl: platform.trafficManagerUrl,
  };
  if (platform.token !== undefined) config.token = platform.token;
  return config;
}
