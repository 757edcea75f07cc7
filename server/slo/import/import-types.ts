// What an import produces before anything is stored: definitions and the problems found on the way.
import type { SloImportProblem } from '../../../shared/slo-api.js';
import type { SloDefinition } from '../slo-definition.js';
import type { YNode } from './yaml-nodes.js';

export interface ImportContext {
  /** Region the imported SLOs apply to. */
  region: string;
  /** Ids of the configured Prometheus sources, in config order. */
  prometheusSources: readonly string[];
}

export interface ImportedSlo {
  definition: SloDefinition;
  /** The document it came from, stored as the definition's source text. */
  sourceText: string;
}

export interface ParsedImport {
  slos: ImportedSlo[];
  problems: SloImportProblem[];
}

/** Collects problems with their construct and line. */
export class ProblemList {
  readonly items: SloImportProblem[] = [];

  add(at: YNode | { line: number | null; path: string }, construct: string, message: string): void {
    this.items.push({ line: at.line, construct, message });
  }

  /** "path: value" as the construct, e.g. "spec.budgetingMethod: Timeslices". */
  value(at: YNode, message: string): void {
    this.add(at, `${at.path}: ${at.string() ?? (at.isMap ? '{…}' : at.isSeq ? '[…]' : '')}`.replace(/: $/, ''), message);
  }
}

/** Lower-case id segment: letters, digits, dashes; what SLO ids and URLs can carry. */
export function idSegment(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'slo'
  );
}
