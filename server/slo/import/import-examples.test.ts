// The public OpenSLO and Sloth examples (fixtures/) import where their SLI kind is supported; everything else
// is reported by construct and line.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseOpenSlo } from './openslo-import.js';
import { parseSloth } from './sloth-import.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const ctx = { region: 'us-east', prometheusSources: ['main'] };
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');

interface Case {
  file: string;
  imported: Array<[id: string, binding: 'series' | 'prometheus' | 'unevaluable']>;
  /** [line, start of the construct] of every problem, in order. */
  problems: Array<[number | null, string]>;
}

const OPENSLO: Case[] = [
  { file: 'openslo/occurrences-threshold.yaml', imported: [], problems: [[15, 'spec.indicator.spec.thresholdMetric']] },
  { file: 'openslo/ratio-timeslices.yaml', imported: [], problems: [[29, 'spec.budgetingMethod: RatioTimeslices']] },
  { file: 'openslo/timeslices.yaml', imported: [], problems: [[32, 'spec.budgetingMethod: Timeslices']] },
  { file: 'openslo/low-traffic-timeslices.yaml', imported: [], problems: [[31, 'spec.budgetingMethod: Timeslices']] },
  {
    file: 'openslo/readme-inline-datadog.yaml',
    imported: [['us-east.foo.foo-slo', 'unevaluable']],
    problems: [
      [7, 'spec.budgetingMethod'],
      [7, 'spec.timeWindow'],
      [17, 'metricSource.type: Datadog'],
    ],
  },
  {
    file: 'openslo/readme-prometheus-ratio.yaml',
    imported: [
      ['us-east.localhost-server.server-availability.foo-total-errors', 'prometheus'],
      ['us-east.localhost-server.server-availability.bar-total-errors', 'prometheus'],
    ],
    problems: [
      [4, 'kind: DataSource'],
      [20, 'metricSourceRef: prometheus-datasource'],
    ],
  },
  {
    file: 'openslo/oslo-multi.yaml',
    imported: [],
    problems: [
      [29, 'spec.thresholdMetric'],
      [43, 'kind: DataSource'],
    ],
  },
  { file: 'openslo/oslo-calendar-datadog.yaml', imported: [], problems: [[30, 'spec.timeWindow[0].duration: 1d']] },
  { file: 'openslo/oslo-composite.yaml', imported: [], problems: [[18, 'spec.objectives[0].indicatorRef']] },
  { file: 'openslo/sloth-openslo-v1alpha.yaml', imported: [], problems: [[2, 'apiVersion: openslo/v1alpha']] },
  { file: 'openslo/demo-checkout.yaml', imported: [['us-east.checkout.checkout-strict', 'series']], problems: [] },
];

const SLOTH: Case[] = [
  {
    file: 'sloth/getting-started.yml',
    imported: [['us-east.myservice.requests-availability', 'prometheus']],
    problems: [
      [8, 'slo_plugins'],
      [20, 'slos[0].alerting'],
    ],
  },
  {
    file: 'sloth/home-wifi.yml',
    imported: [
      ['us-east.home-wifi.good-wifi-client-satisfaction', 'prometheus'],
      ['us-east.home-wifi.risk-wifi-client-satisfaction', 'prometheus'],
    ],
    problems: [
      [15, 'slos[0].alerting'],
      [30, 'slos[1].alerting'],
    ],
  },
  { file: 'sloth/raw-home-wifi.yaml', imported: [['us-east.home-wifi.wifi-client-satisfaction', 'prometheus']], problems: [[20, 'slos[0].alerting']] },
  {
    file: 'sloth/kubernetes-apiserver.yml',
    imported: [
      ['us-east.k8s-apiserver.requests-availability', 'prometheus'],
      ['us-east.k8s-apiserver.requests-latency', 'prometheus'],
    ],
    problems: [
      [14, 'slos[0].alerting'],
      [36, 'slos[1].alerting'],
    ],
  },
  {
    file: 'sloth/multifile.yml',
    imported: [
      ['us-east.myservice.requests-availability', 'prometheus'],
      ['us-east.myservice2.requests-availability', 'prometheus'],
    ],
    problems: [
      [14, 'slos[0].alerting'],
      [35, 'slos[0].alerting'],
    ],
  },
  { file: 'sloth/no-alerts.yml', imported: [['us-east.myapp.http-availability', 'prometheus']], problems: [[19, 'slos[0].alerting']] },
  { file: 'sloth/plugin-getting-started.yml', imported: [], problems: [[14, 'slos[0].sli.plugin.id: getting_started_availability']] },
  { file: 'sloth/k8s-getting-started.yml', imported: [['us-east.myservice.requests-availability', 'prometheus']], problems: [[19, 'spec.slos[0].alerting']] },
  { file: 'sloth/windows-7d.yaml', imported: [], problems: [[2, 'AlertWindows']] },
  {
    file: 'sloth/demo-payments.yml',
    imported: [
      ['us-east.payments.payments-availability-strict', 'series'],
      ['us-east.payments.payments-latency-strict', 'series'],
    ],
    problems: [],
  },
];

function check(c: Case, parse: typeof parseOpenSlo) {
  const r = parse(read(c.file), ctx);
  expect(r.slos.map((s) => [s.definition.id, s.definition.binding.kind])).toEqual(c.imported);
  expect(r.problems.map((p) => [p.line, p.construct.slice(0, c.problems.find(([, k]) => p.construct.startsWith(k))?.[1].length ?? p.construct.length)])).toEqual(c.problems);
  // Every problem says what happened in words, never just a code.
  expect(r.problems.every((p) => p.message.length > 20)).toBe(true);
}

describe('OpenSLO v1 public examples', () => {
  it.each(OPENSLO.map((c) => [c.file, c] as const))('%s', (_file, c) => check(c, parseOpenSlo));

  it('reads objectives, windows and query kinds as written', () => {
    const r = parseOpenSlo(read('openslo/readme-prometheus-ratio.yaml'), ctx);
    const [foo, bar] = r.slos.map((s) => s.definition);
    expect(foo).toMatchObject({ objective: 0.98, windowDays: 28, timeWindow: 'rolling', sli: 'server-requests', service: 'localhost-server' });
    expect(bar?.objective).toBe(0.9999);
    expect(foo?.binding).toMatchObject({ kind: 'prometheus', sourceId: 'main', query: { shape: 'events', unit: 'counter' } });
    const demo = parseOpenSlo(read('openslo/demo-checkout.yaml'), ctx).slos[0]?.definition;
    expect(demo).toMatchObject({ objective: 0.9995, windowDays: 28, binding: { kind: 'series', service: 'checkout', sli: 'availability' } });
  });

  it('reports YAML syntax errors with their line and imports nothing', () => {
    const r = parseOpenSlo('apiVersion: openslo/v1\nkind: SLO\nspec: [1,\n', ctx);
    expect(r.slos).toEqual([]);
    expect(r.problems[0]).toMatchObject({ construct: 'YAML syntax', line: expect.any(Number) });
  });

  it('says that a PromQL SLO needs a Prometheus source when none is configured', () => {
    const r = parseOpenSlo(read('openslo/readme-prometheus-ratio.yaml'), { region: 'eu-west', prometheusSources: [] });
    expect(r.slos.map((s) => s.definition.binding)).toEqual([expect.objectContaining({ sourceId: null }), expect.objectContaining({ sourceId: null })]);
    expect(r.problems.some((p) => /no Prometheus source is configured/.test(p.message))).toBe(true);
  });
});

describe('Sloth prometheus/v1 public examples', () => {
  it.each(SLOTH.map((c) => [c.file, c] as const))('%s', (_file, c) => check(c, parseSloth));

  it('takes objectives in percent, a 30-day window, rate() queries as per-second, raw ratios as one event a minute', () => {
    const [availability] = parseSloth(read('sloth/getting-started.yml'), ctx).slos.map((s) => s.definition);
    expect(availability).toMatchObject({ objective: 0.999, windowDays: 30, binding: { query: { shape: 'events', unit: 'rate' } } });
    const [wifi] = parseSloth(read('sloth/home-wifi.yml'), ctx).slos.map((s) => s.definition);
    expect(wifi?.binding).toMatchObject({ query: { unit: 'increase' } });
    const [raw] = parseSloth(read('sloth/raw-home-wifi.yaml'), ctx).slos.map((s) => s.definition);
    expect(raw).toMatchObject({ minEvents: 30, binding: { query: { shape: 'ratio', of: 'bad' } } });
    const [, latency] = parseSloth(read('sloth/demo-payments.yml'), ctx).slos.map((s) => s.definition);
    expect(latency?.binding).toEqual({ kind: 'series', region: 'us-east', service: 'payments', sli: 'latency' });
  });
});
