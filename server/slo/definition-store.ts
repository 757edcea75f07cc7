// SLO definitions in SQLite: one current row per SLO, and every version ever stored.
import type Database from 'better-sqlite3';
import type { SloOrigin } from '../../shared/slo-api.js';
import type { SloDefinition, StoredSlo } from './slo-definition.js';
import { stableJson } from './stable-json.js';

interface Row {
  id: string;
  version: number;
  origin: SloOrigin;
  definition: string;
  source_text: string;
  updated_at: number;
}

const ORIGINS: readonly SloOrigin[] = ['built-in', 'openslo', 'sloth'];

function fromRow(r: Row): StoredSlo | null {
  // A row from another Meridian version that this one cannot read is skipped, not a crash.
  try {
    const d = JSON.parse(r.definition) as SloDefinition;
    if (!ORIGINS.includes(r.origin) || typeof d.objective !== 'number' || typeof d.binding !== 'object') return null;
    return { ...d, id: r.id, origin: r.origin, version: r.version, sourceText: r.source_text, updatedAt: r.updated_at };
  } catch {
    return null;
  }
}

/** What decides whether a save is a new version: the definition and its text, not when it was saved. */
const fingerprint = (d: SloDefinition, origin: SloOrigin, sourceText: string) => JSON.stringify([definitionJson(d), origin, sourceText]);


/** Only the definition's own fields: a StoredSlo passed in must not drag its version or text along. */
function definitionJson(d: SloDefinition): string {
  const fields: Omit<SloDefinition, 'id'> = {
    name: d.name,
    region: d.region,
    service: d.service,
    sli: d.sli,
    objective: d.objective,
    windowDays: d.windowDays,
    timeWindow: d.timeWindow,
    binding: d.binding,
    minEvents: d.minEvents,
  };
  return stableJson(fields);
}

export interface SaveOutcome {
  stored: StoredSlo;
  /** false when the definition was already stored exactly like this (its version did not change). */
  changed: boolean;
}

export class SloDefinitionStore {
  private readonly selectAll;
  private readonly selectOne;
  private readonly upsert;
  private readonly recordVersion;

  constructor(private readonly db: Database.Database) {
    this.selectAll = db.prepare<[], Row>('SELECT id, version, origin, definition, source_text, updated_at FROM slo_definitions ORDER BY id');
    this.selectOne = db.prepare<[string], Row>('SELECT id, version, origin, definition, source_text, updated_at FROM slo_definitions WHERE id = ?');
    this.upsert = db.prepare<[string, number, string, string, string, number]>(
      'INSERT OR REPLACE INTO slo_definitions (id, version, origin, definition, source_text, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.recordVersion = db.prepare<[string, number, string, string, string, number]>(
      'INSERT OR REPLACE INTO slo_definition_versions (id, version, origin, definition, source_text, recorded_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
  }

  /** Runs several saves as one: an import lands completely or not at all. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  all(): StoredSlo[] {
    return this.selectAll.all().flatMap((r) => fromRow(r) ?? []);
  }

  get(id: string): StoredSlo | null {
    const row = this.selectOne.get(id);
    return row ? fromRow(row) : null;
  }

  /** The version a save of `d` would get: the same when nothing changed, the next one otherwise. */
  nextVersion(d: SloDefinition, origin: SloOrigin, sourceText: string): { version: number; changed: boolean } {
    const current = this.get(d.id);
    if (!current) return { version: 1, changed: true };
    const same = fingerprint(current, current.origin, current.sourceText) === fingerprint(d, origin, sourceText);
    return same ? { version: current.version, changed: false } : { version: current.version + 1, changed: true };
  }

  /** Saves a definition, bumping its version when anything about it changed. */
  save(d: SloDefinition, origin: SloOrigin, sourceText: string, at: number): SaveOutcome {
    return this.db.transaction((): SaveOutcome => {
      const { version, changed } = this.nextVersion(d, origin, sourceText);
      const current = this.get(d.id);
      if (!changed && current) return { stored: current, changed: false };
      const json = definitionJson(d);
      this.upsert.run(d.id, version, origin, json, sourceText, at);
      this.recordVersion.run(d.id, version, origin, json, sourceText, at);
      return { stored: { ...d, origin, version, sourceText, updatedAt: at }, changed: true };
    })();
  }
}
