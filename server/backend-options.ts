import type { Role } from '../shared/console-api.js';
import type { Scenario } from '../shared/scenarios.js';

export interface BackendOptions {
  /** Folder for the SQLite cache and settings (the user's data folder in the desktop app). */
  dataDir: string;
  /** 'desktop' when the Electron shell runs it, 'server' for `meridian serve`. */
  mode: 'desktop' | 'server';
  /** Interface to bind; loopback unless the operator deliberately says otherwise. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Path to a platform config JSON file; without it the embedded demo platform runs. */
  platformConfigPath?: string;
  /** Scenario of the embedded demo platform. */
  scenario?: Scenario;
  /** Folder holding the built renderer (index.html and assets). */
  rendererDir?: string;
  /** A better-sqlite3 binary built for another ABI (Electron's), passed as its `nativeBinding`. */
  sqliteNativeBinding?: string;
  /**
   * The launch session's operator: saved as its profile at start (as if set in Settings). Without it the saved
   * profile is used, or the OS user as on-call.
   */
  operator?: { name: string; role: Role; regions?: string[] | null };
  /** Server mode: a JSON file of per-operator tokens ([{name, role, regions?, token}]); see docs/permissions.md. */
  operatorsFile?: string;
  /** How much history to backfill from the platform on first start, in days (default 30). */
  historyDays?: number;
  /** Poll interval for live feeds in ms (default 5000). */
  pollIntervalMs?: number;
  /** Extra Host header values to accept besides loopback names (for a deliberately exposed server). */
  allowedHosts?: string[];
}

export interface RunningBackend {
  /** e.g. http://127.0.0.1:53121 */
  origin: string;
  /** Per-launch secret every API request must carry (cookie or bearer header). */
  secret: string;
  /** The URL to open: it carries the secret once, the server turns it into a SameSite=Strict cookie. */
  launchUrl: string;
  close(): Promise<void>;
}
