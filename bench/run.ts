// `npm run bench`: measures the budgets of DESIGN.md and prints them as a markdown table.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureRendererBuilt } from '../build/ensure-renderer.js';
import { bundleBench } from './bundle-bench.js';
import { sloBench } from './slo-bench.js';
import { sqliteBench } from './sqlite-bench.js';
import { soakBench } from './soak-bench.js';
import { summarise, uiBench } from './ui-bench.js';
import { median } from './stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

await ensureRendererBuilt();
const sqlite = sqliteBench();
const slo = sloBench();
const bundle = bundleBench(path.join(root, 'dist', 'renderer'));
const ui = await uiBench();
const soak = await soakBench();

const rows = [
  ['SQLite ingest (dense minute batches, one transaction per batch)', `${sqlite.ingestSamplesPerSecond.toLocaleString('en')} samples/s (${sqlite.ingestedSamples.toLocaleString('en')} samples)`, '≥ 500,000 samples/s', verdict(sqlite.ingestSamplesPerSecond >= 500_000)],
  ['One series, 24 h range over 30 days of history', `p95 ${sqlite.query24hP95Ms.toFixed(2)} ms, median ${sqlite.query24hMedianMs.toFixed(2)} ms (${sqlite.historyRows.toLocaleString('en')} rows)`, 'p95 ≤ 10 ms', verdict(sqlite.query24hP95Ms <= 10)],
  [
    'SLO evaluation, 3 regions × 20 SLOs over 30 days of minute data (one tick: read the new minute, evaluate all)',
    `median ${slo.tickMedianMs.toFixed(1)} ms, p95 ${slo.tickP95Ms.toFixed(1)} ms (n=${slo.ticks}, ${slo.slos} SLOs × ${slo.minutesPerSeries.toLocaleString('en')} minutes); first load from SQLite ${slo.firstLoadMs.toFixed(0)} ms`,
    '≤ 50 ms',
    verdict(slo.tickP95Ms <= 50),
  ],
  ['Renderer initial JS (gzip)', `${kb(bundle.initialJsGzipBytes)} (${bundle.initialFiles.join(', ')}); lazy chunks ${kb(bundle.lazyJsGzipBytes)}`, '≤ 200 KB', verdict(bundle.initialJsGzipBytes <= 200 * 1024)],
];
if (ui) {
  rows.push(
    ['First cached data on screen (page open → first health cell, warm cache)', summarise(ui.firstDataMs), '≤ 300 ms', verdict(median(ui.firstDataMs) <= 300)],
    ['Interaction → updated UI (type a traffic weight → sum updates, incl. Playwright round trip)', summarise(ui.interactionMs), '≤ 100 ms', verdict(median(ui.interactionMs) <= 100)],
    ['Backend idle CPU (embedded demo platform included, polls every 5 s)', `${ui.idleCpuPercent.toFixed(1)} % of one core`, 'near 0', verdict(ui.idleCpuPercent < 5)],
  );
}
rows.push([
  `Backend memory, accelerated soak (${soak.seconds} s polling every ${soak.pollIntervalMs} ms ≈ ${soak.equivalentHours.toFixed(1)} h of 5 s polls)`,
  `heap ${soak.heapStartMb.toFixed(1)} → ${soak.heapEndMb.toFixed(1)} MB after GC; slope ${soak.slopeMbPerEquivalentHour.toFixed(2)} MB per hour`,
  'flat over 24 h',
  soak.slopeMbPerEquivalentHour < 0.5 ? 'met (indicative, short run)' : '**not met**',
]);
if (!ui) {
  rows.push(['UI timings', 'skipped: no Chromium at /usr/bin/chromium (set MERIDIAN_CHROMIUM)', '', '']);
}

console.log(`\nMeridian benchmarks — ${new Date().toISOString()} — Node ${process.version}, ${process.platform}/${process.arch}\n`);
console.log('| measure | result | budget | |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
