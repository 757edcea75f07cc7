// The demo platform: a deterministic, seeded simulator of the platform APIs (shared/platform-api) over HTTP.
export { startDemoPlatform } from './demo-platform.js';
export type { DemoPlatform, DemoPlatformOptions } from './demo-platform.js';
export { demoPlatformConfig } from './platform-config.js';
export type { DemoPlatformConfig } from './platform-config.js';
export type { ActiveFault, DemoFaults, Fault, FaultEndpoint, FaultTarget } from './faults.js';
