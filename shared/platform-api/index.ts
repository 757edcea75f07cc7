// The platform API contract Meridian consumes. docs/platform-api.md documents it for platform teams.
export * from './common.js';
export * from './health.js';
export * from './minute-batch.js';
export * from './sli.js';
export * from './kpi.js';
export * from './canary.js';
export * from './controls.js';
