// GET /metrics: the demo's counters in the Prometheus text format, for scraping by a real Prometheus.
import type { HandlerResult } from './http-result.js';
import { DemoMetricCounters } from './metrics-counters.js';
import { PROMETHEUS_TEXT_TYPE, prometheusText } from './metrics-exposition.js';
import type { Simulation } from './simulation.js';

/** One set of counters per running simulation, started at the scenario's onset. */
const counters = new WeakMap<Simulation, DemoMetricCounters>();

export function metricsResult(sim: Simulation): HandlerResult {
  let c = counters.get(sim);
  if (!c) {
    c = new DemoMetricCounters(sim, sim.inputs.onset);
    counters.set(sim, c);
  }
  return { status: 200, body: null, text: { contentType: PROMETHEUS_TEXT_TYPE, content: prometheusText(c.at(sim.now())) } };
}
