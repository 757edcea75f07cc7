// Schema version 3: SLO definitions (built-in and imported, versioned, with the text they came from) and the
// history of burn-rate alert episodes.
export const sloSchema = `
  CREATE TABLE slo_definitions (
    id          TEXT    PRIMARY KEY,      -- region.service.sli, e.g. ap-southeast.checkout.availability
    version     INTEGER NOT NULL CHECK (version >= 1),
    origin      TEXT    NOT NULL CHECK (origin IN ('built-in', 'openslo', 'sloth')),
    definition  TEXT    NOT NULL,         -- JSON: name, region, service, sli, objective, window, binding
    source_text TEXT    NOT NULL,         -- the document it was imported from (OpenSLO or Sloth YAML)
    updated_at  INTEGER NOT NULL
  );
  -- Every version ever stored, so an edit or re-import can be compared with what was there before.
  CREATE TABLE slo_definition_versions (
    id          TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    origin      TEXT    NOT NULL,
    definition  TEXT    NOT NULL,
    source_text TEXT    NOT NULL,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (id, version)
  ) WITHOUT ROWID;
  -- One row per burn episode of one severity: opened when a rule of that severity starts firing, closed when
  -- none has fired for a grace period (so a flapping burn is one episode, and one notification).
  CREATE TABLE slo_alert_episodes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    slo_id      TEXT    NOT NULL,
    severity    TEXT    NOT NULL CHECK (severity IN ('page', 'ticket')),
    started_at  INTEGER NOT NULL,
    ended_at    INTEGER,
    peak_burn   REAL    NOT NULL,
    quiet_since INTEGER                   -- first evaluation without a firing rule, while the episode is open
  );
  CREATE INDEX slo_alert_episodes_slo ON slo_alert_episodes (slo_id, started_at);
  CREATE UNIQUE INDEX slo_alert_episodes_open ON slo_alert_episodes (slo_id, severity) WHERE ended_at IS NULL;
  `;
