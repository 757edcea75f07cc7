// The demo platform's baseline numbers: how busy each region is and how each service behaves when healthy.
// Scenarios and operator controls are modelled as changes relative to these.
import type { DemoRegion, DemoService } from '../../shared/topology.js';

export interface RegionProfile {
  /** New sessions per minute at the local evening peak, with the default traffic split. */
  peakSessionsPerMinute: number;
  /** Default global traffic weight (percent). */
  defaultWeight: number;
  /** Median time to first byte seen by this region's shoppers (distance, device mix). */
  ttfbMs: number;
}

export const REGION_PROFILES: Record<DemoRegion, RegionProfile> = {
  'us-east': { peakSessionsPerMinute: 6000, defaultWeight: 40, ttfbMs: 160 },
  'eu-west': { peakSessionsPerMinute: 4500, defaultWeight: 30, ttfbMs: 150 },
  'ap-southeast': { peakSessionsPerMinute: 4500, defaultWeight: 30, ttfbMs: 210 },
};

/** A region runs fine up to this multiple of its usual peak; beyond it, queues grow and latency rises. */
export const CAPACITY_OVER_PEAK = 1.5;

export interface ServiceProfile {
  /** Requests this service serves per new session (over the session's life). */
  callsPerSession: number;
  baseErrorRatio: number;
  p50Ms: number;
  p99Ms: number;
  /** Latency SLI threshold, as in shared/platform-api/sli.ts. */
  latencyThresholdMs: number;
  /** Services it calls through a circuit breaker. */
  dependencies: readonly DemoService[];
}

export const SERVICE_PROFILES: Record<DemoService, ServiceProfile> = {
  gateway: { callsPerSession: 60, baseErrorRatio: 0.0006, p50Ms: 28, p99Ms: 190, latencyThresholdMs: 300, dependencies: ['catalog', 'search', 'cart', 'checkout'] },
  catalog: { callsPerSession: 25, baseErrorRatio: 0.0004, p50Ms: 30, p99Ms: 200, latencyThresholdMs: 300, dependencies: ['pricing', 'inventory', 'recommendations'] },
  search: { callsPerSession: 8, baseErrorRatio: 0.0007, p50Ms: 55, p99Ms: 250, latencyThresholdMs: 300, dependencies: ['catalog', 'recommendations'] },
  cart: { callsPerSession: 6, baseErrorRatio: 0.0005, p50Ms: 22, p99Ms: 150, latencyThresholdMs: 300, dependencies: ['pricing', 'promotions', 'inventory'] },
  checkout: { callsPerSession: 0.25, baseErrorRatio: 0.0004, p50Ms: 180, p99Ms: 700, latencyThresholdMs: 1000, dependencies: ['payments', 'promotions', 'pricing', 'inventory'] },
  pricing: { callsPerSession: 20, baseErrorRatio: 0.0003, p50Ms: 12, p99Ms: 90, latencyThresholdMs: 300, dependencies: [] },
  promotions: { callsPerSession: 6, baseErrorRatio: 0.0008, p50Ms: 25, p99Ms: 160, latencyThresholdMs: 300, dependencies: ['pricing'] },
  recommendations: { callsPerSession: 12, baseErrorRatio: 0.001, p50Ms: 45, p99Ms: 250, latencyThresholdMs: 300, dependencies: ['catalog'] },
  payments: { callsPerSession: 0.06, baseErrorRatio: 0.0004, p50Ms: 250, p99Ms: 800, latencyThresholdMs: 1000, dependencies: [] },
  inventory: { callsPerSession: 5, baseErrorRatio: 0.0003, p50Ms: 15, p99Ms: 110, latencyThresholdMs: 300, dependencies: [] },
};

/** The checkout funnel of a healthy region: about 2.5 % of sessions end in an order of about $80. */
export const FUNNEL = {
  productViewsPerSession: 4.2,
  addToCartsPerSession: 0.085,
  checkoutStartsPerAddToCart: 0.48,
  /** Share of checkout starts that submit payment; the rest abandon. */
  submitsPerCheckoutStart: 0.62,
  averageOrderValueUsd: 80,
} as const;
