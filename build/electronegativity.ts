// Electron security lint (Doyensec's electronegativity) over the compiled main process and preload.
//   npx tsx build/electronegativity.ts [dir]      (default dist/electron; run `tsc -p tsconfig.build.json` first)
// Exits 1 on any HIGH finding, and on any finding not in the allowlist below.
//
// Two quirks of the tool shape this script:
// - it only reads .js/.ts/.html, so the .cjs preload would be skipped silently: the files are staged in a
//   temporary folder with .cjs/.mjs renamed to .js;
// - its CLI exits 0 whatever it finds, and with `-o` it prints nothing; its CSV writer issues the header
//   write and the rows write as two concurrent fs.writeFile calls (the truncating one can land last and
//   drop every row), and SARIF carries no severity. So this calls its documented programmatic API, which
//   takes the same options as the CLI (`-e` is `electronVersionOverride`) and returns the findings.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const ELECTRON_VERSION = '45.5.0';

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  description: string;
  manualReview: boolean;
}

interface Allowance {
  id: string;
  /** Basename of the staged file, or '*' for global checks that are not tied to one file. */
  file: string;
  why: string;
}

/** Findings that are understood and accepted. Each needs a reason a reviewer can check. */
export const ALLOWLIST: readonly Allowance[] = [
  {
    id: 'CSP_GLOBAL_CHECK',
    file: '*',
    why: 'the CSP is sent by the backend on every response (server/http/security.ts), which this scan of electron/ cannot see',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'window-options.js',
    why: 'a review reminder; the preload (electron/preload.cts) only exposes a frozen {isDesktop, version, platform}, no IPC, pinned by preload.test.ts',
  },
];

function isAllowed(finding: Finding): Allowance | undefined {
  return ALLOWLIST.find(
    (allowance) => allowance.id === finding.id && (allowance.file === '*' || allowance.file === basename(finding.file)),
  );
}

/** Copies scannable files flat into a temporary folder, .cjs/.mjs renamed to .js (see above). */
export function stageForScan(sourceDir: string): string {
  const stage = mkdtempSync(join(tmpdir(), 'meridian-electronegativity-'));
  for (const name of readdirSync(sourceDir)) {
    const match = /^(.*)\.(js|cjs|mjs)$/.exec(name);
    if (match === null) continue;
    copyFileSync(join(sourceDir, name), join(stage, `${match[1] ?? name}.js`));
  }
  return stage;
}

type Run = (options: Record<string, unknown>, forCli?: boolean) => Promise<unknown>;

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function toFinding(issue: unknown): Finding {
  const line = field(field(issue, 'location'), 'line');
  return {
    id: text(field(issue, 'id')),
    severity: text(field(field(issue, 'severity'), 'name')),
    confidence: text(field(field(issue, 'confidence'), 'name')),
    file: text(field(issue, 'file')),
    line: typeof line === 'number' ? line : 0,
    description: text(field(issue, 'description')),
    manualReview: field(issue, 'manualReview') === true,
  };
}

/** `checks` narrows the scan to some checks by name (e.g. 'sandboxjscheck'); all of them by default. */
export async function scan(sourceDir: string, checks: readonly string[] = []): Promise<Finding[]> {
  if (!existsSync(sourceDir)) throw new Error(`${sourceDir} does not exist; compile first with \`tsc -p tsconfig.build.json\`.`);
  const stage = stageForScan(sourceDir);
  try {
    const loaded: unknown = createRequire(import.meta.url)('@doyensec/electronegativity');
    if (typeof loaded !== 'function') throw new Error('@doyensec/electronegativity did not export its run function');
    const run = loaded as Run;
    // Its locale loader asks the network for translations (1 s timeout) and then uses LANG; pin English.
    process.env['LANG'] = 'en-US';
    const result = await run({
      input: stage,
      isSarif: false,
      customScan: [...checks],
      excludeFromScan: [],
      severitySet: '',
      confidenceSet: '',
      isRelative: true,
      parserPlugins: [],
      electronVersionOverride: ELECTRON_VERSION,
    });
    const errors = field(result, 'errors');
    const fatal = Array.isArray(errors) ? errors.filter((error) => field(error, 'tolerable') !== true) : [];
    if (fatal.length > 0) {
      throw new Error(`electronegativity could not parse: ${fatal.map((error) => `${text(field(error, 'file'))}: ${text(field(error, 'message'))}`).join('; ')}`);
    }
    const issues = field(result, 'issues');
    if (!Array.isArray(issues)) throw new Error('electronegativity returned no issue list');
    return issues.map(toFinding);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

export interface Verdict {
  failing: Finding[];
  accepted: Array<{ finding: Finding; why: string }>;
}

export function judge(findings: readonly Finding[]): Verdict {
  const verdict: Verdict = { failing: [], accepted: [] };
  for (const finding of findings) {
    const allowance = isAllowed(finding);
    // HIGH is never waved through: fix it, or lower it with an inline `eng-disable` next to the reason.
    if (allowance === undefined || finding.severity === 'HIGH') verdict.failing.push(finding);
    else verdict.accepted.push({ finding, why: allowance.why });
  }
  return verdict;
}

function describe(finding: Finding): string {
  const where = finding.file === 'N/A' || finding.file === '' ? '(global)' : `${finding.file}:${finding.line}`;
  return `${finding.id} [${finding.severity}/${finding.confidence}${finding.manualReview ? ', review' : ''}] ${where} — ${finding.description}`;
}

async function main(): Promise<void> {
  const sourceDir = resolve(process.argv[2] ?? join(repoRoot, 'dist', 'electron'));
  const verdict = judge(await scan(sourceDir));
  for (const { finding, why } of verdict.accepted) console.log(`accepted  ${describe(finding)}\n          because ${why}`);
  for (const finding of verdict.failing) console.log(`FINDING   ${describe(finding)}`);
  console.log(
    verdict.failing.length === 0
      ? `electronegativity: no unaccepted findings in ${sourceDir} (Electron ${ELECTRON_VERSION}).`
      : `electronegativity: ${verdict.failing.length} finding(s) to fix in ${sourceDir}.`,
  );
  if (verdict.failing.length > 0) process.exitCode = 1;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
