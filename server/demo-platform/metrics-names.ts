// The demo platform's Prometheus metric names: what /metrics exposes and what imported SLO queries may name to
// be mapped onto the demo's SLI series (server/slo/import/demo-mapping.ts).
export const DEMO_METRIC_NAMES = {
  /** Requests answered, by region, service and code ("200" good, "500" a server error): the availability SLI. */
  requests: 'meridian_demo_requests_total',
  /** Requests answered within the service's latency threshold (300 ms; 1 s for checkout and payments). */
  latencyGood: 'meridian_demo_latency_good_total',
  /** Funnel and business counters by region and kpi (sessions, orders, checkoutFailures, …). */
  kpiEvents: 'meridian_demo_kpi_events_total',
  /** Revenue in USD by region. */
  revenue: 'meridian_demo_revenue_usd_total',
} as const;

export const DEMO_METRIC_HELP: Record<keyof typeof DEMO_METRIC_NAMES, string> = {
  requests: 'Requests answered, by status code (200 good, 500 server error); the availability SLI counts.',
  latencyGood: "Requests answered within the service's latency threshold; the latency SLI's good events.",
  kpiEvents: 'Funnel and business events (sessions, productViews, addToCarts, checkoutStarts, orders, checkoutFailures).',
  revenue: 'Revenue in USD.',
};
