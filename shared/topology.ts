// The demo platform's topology. A real platform may name other regions and services: contracts accept any
// id that matches `idPattern`; these constants only describe the embedded demo and its defaults.
export const DEMO_REGIONS = ['us-east', 'eu-west', 'ap-southeast'] as const;
export type DemoRegion = (typeof DEMO_REGIONS)[number];

export const DEMO_REGION_TIME_ZONES: Record<DemoRegion, string> = {
  'us-east': 'America/New_York',
  'eu-west': 'Europe/Dublin',
  'ap-southeast': 'Asia/Singapore',
};

export const DEMO_SERVICES = [
  'gateway',
  'catalog',
  'search',
  'cart',
  'checkout',
  'pricing',
  'promotions',
  'recommendations',
  'payments',
  'inventory',
] as const;
export type DemoService = (typeof DEMO_SERVICES)[number];

/** Region, service, flag and canary ids: lower-case words joined by dashes, dots or underscores. */
export const idPattern = /^[a-z0-9][a-z0-9._-]{0,62}$/;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
