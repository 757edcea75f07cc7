// Import is dry run first, apply second, and the apply must be of exactly what the dry run showed: changing
// the file, the format or the region after a dry run asks for a new one.
import type { SloImportResult } from '../../../../shared/slo-api.js';

export type ImportFormat = 'openslo' | 'sloth';

export const IMPORT_FORMATS: ReadonlyArray<{ value: ImportFormat; label: string }> = [
  { value: 'openslo', label: 'OpenSLO v1' },
  { value: 'sloth', label: 'Sloth prometheus/v1' },
];

export interface ImportDraft {
  format: ImportFormat;
  region: string;
  content: string;
}

export interface DryRun {
  draft: ImportDraft;
  result: SloImportResult;
}

export const MAX_IMPORT_BYTES = 1_000_000;

function sameDraft(a: ImportDraft, b: ImportDraft): boolean {
  return a.format === b.format && a.region === b.region && a.content === b.content;
}

/** Why the dry-run button is disabled, or null when it may run. */
export function dryRunBlocker(draft: ImportDraft): string | null {
  if (draft.region.trim() === '') return 'choose the region the SLOs apply to';
  if (draft.content.trim() === '') return 'choose a file or paste the YAML';
  if (new TextEncoder().encode(draft.content).length > MAX_IMPORT_BYTES) return 'an SLO file must be under 1 MB';
  return null;
}

/** Who is importing, as the session says; the backend checks the same rules and has the last word. */
export interface Importer {
  role: string;
  /** Regions a regional manager may change; null = every region. */
  regions: readonly string[] | null;
}

/** Why Import is disabled, or null when the dry run on screen is current and has something to import. */
export function applyBlocker(draft: ImportDraft, dryRun: DryRun | null, importer: Importer | null = null): string | null {
  if (importer?.role === 'viewer') return 'a viewer may preview an SLO import (dry run) but not apply it';
  if (importer?.regions && !importer.regions.includes(draft.region)) {
    return `you may import SLOs for ${importer.regions.join(', ')} only, not ${draft.region}`;
  }
  if (!dryRun) return 'run a dry run first';
  if (!sameDraft(draft, dryRun.draft)) return 'the file, format or region changed since the dry run: run it again';
  if (dryRun.result.imported.length === 0) return 'the dry run found nothing to import';
  return null;
}

/** Problems in file order (unknown lines last), so they read alongside the file. */
export function sortedProblems(result: SloImportResult): SloImportResult['problems'] {
  return [...result.problems].sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
}

/** Guesses the format from a file name, keeping the current choice when the name says nothing. */
export function formatFromFileName(name: string, current: ImportFormat): ImportFormat {
  const n = name.toLowerCase();
  if (n.includes('sloth')) return 'sloth';
  if (n.includes('openslo')) return 'openslo';
  return current;
}
