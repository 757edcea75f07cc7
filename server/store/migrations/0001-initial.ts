// Schema version 1: series, raw and minute samples, snapshots, source status and coverage.
export const initialSchema = `
  CREATE TABLE series (
    id   INTEGER PRIMARY KEY,
    key  TEXT NOT NULL UNIQUE,          -- region|subject|metric, e.g. us-east|checkout|errorRatio
    kind TEXT NOT NULL CHECK (kind IN ('gauge', 'counter'))
  );
  -- Raw polled gauges (about one every poll interval), kept 48 h.
  CREATE TABLE samples_raw (
    series_id INTEGER NOT NULL REFERENCES series(id),
    ts        INTEGER NOT NULL,
    value     REAL    NOT NULL,
    PRIMARY KEY (series_id, ts)
  ) WITHOUT ROWID;
  -- One value per minute: platform minute counters as delivered, gauges rolled up from samples_raw. Kept 35 days.
  CREATE TABLE samples_1m (
    series_id INTEGER NOT NULL REFERENCES series(id),
    ts        INTEGER NOT NULL,
    value     REAL    NOT NULL,
    PRIMARY KEY (series_id, ts)
  ) WITHOUT ROWID;
  -- The last good payload of every source, for offline review of things that are not series (flags, canaries).
  CREATE TABLE snapshots (
    source_id   TEXT PRIMARY KEY,
    observed_at INTEGER NOT NULL,
    payload     TEXT    NOT NULL
  );
  CREATE TABLE source_status (
    source_id            TEXT PRIMARY KEY,
    last_success_at      INTEGER,
    last_attempt_at      INTEGER,
    last_error           TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0
  );
  -- Which minutes of a minute-counter feed are in the cache: [oldest, newest).
  CREATE TABLE coverage (
    source_id TEXT PRIMARY KEY,
    oldest    INTEGER NOT NULL,
    newest    INTEGER NOT NULL
  );
  `;
