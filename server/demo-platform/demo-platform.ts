// startDemoPlatform: the simulator behind a real HTTP server, for the embedded demo, the CLI and tests.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Scenario } from '../../shared/scenarios.js';
import { MINUTE_MS } from '../../shared/topology.js';
import type { DemoRegion } from '../../shared/topology.js';
import { ControlStore } from './control-store.js';
import { ControlTimeline } from './control-timeline.js';
import { FaultRegistry } from './faults.js';
import type { DemoFaults } from './faults.js';
import { failure } from './http-result.js';
import { sendJson } from './http-io.js';
import { IdempotencyCache } from './idempotency-cache.js';
import { initialControlState } from './initial-controls.js';
import { handleRequest } from './request-handler.js';
import { SCENARIO_LEAD_MS } from './scenario-effects.js';
import { Simulation } from './simulation.js';
import { byRegion } from './topology-maps.js';

export interface DemoPlatformOptions {
  scenario?: Scenario;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the demo is for this machine only unless asked otherwise. */
  host?: string;
  /** Same seed, scenario and clock give the same numbers. Default 1. */
  seed?: number;
  /** Injectable clock for tests. Default Date.now. */
  now?: () => number;
  /** When set, every request needs `Authorization: Bearer <token>`. */
  token?: string;
}

export interface DemoPlatform {
  /** e.g. http://127.0.0.1:7400 */
  origin: string;
  /** Region id → base URL, e.g. http://127.0.0.1:7400/regions/us-east */
  regionUrls: Record<DemoRegion, string>;
  /** e.g. http://127.0.0.1:7400/global */
  trafficManagerUrl: string;
  scenario: Scenario;
  seed: number;
  /** The clock's time at start; scenarios have been in effect since 30 minutes before it. */
  startedAt: number;
  token: string | undefined;
  /** Test hooks: make an endpoint misbehave. */
  faults: DemoFaults;
  /** Stops listening and drops every open connection, so the port can be reused at once. */
  close(): Promise<void>;
}

function urlHost(host: string): string {
  // Wildcard binds are reachable on loopback; IPv6 literals need brackets in URLs.
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

function listen(server: http.Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('demo platform: no TCP address after listen'));
      else resolve(address);
    });
  });
}

export async function startDemoPlatform(options: DemoPlatformOptions = {}): Promise<DemoPlatform> {
  const scenario = Scenario.parse(options.scenario ?? 'steady');
  const clock = options.now ?? Date.now;
  // The contract's timestamps are whole milliseconds; a test clock may not be.
  const now = () => Math.floor(clock());
  const seed = options.seed ?? 1;
  const host = options.host ?? '127.0.0.1';
  const startedAt = now();
  const onset = Math.floor((startedAt - SCENARIO_LEAD_MS) / MINUTE_MS) * MINUTE_MS;
  const timeline = new ControlTimeline(initialControlState(scenario, startedAt, onset));
  const closing = new AbortController();
  const faults = new FaultRegistry();
  const deps = {
    sim: new Simulation({ seed, scenario, onset, now, timeline }),
    store: new ControlStore(timeline, now),
    scenario,
    faults,
    idempotency: new IdempotencyCache(),
    token: options.token,
    closing: closing.signal,
  };

  const server = http.createServer((req, res) => {
    handleRequest(deps, req, res).catch((error: unknown) => {
      if (closing.signal.aborted) return;
      const answer = failure(500, 'unavailable', `demo platform error: ${error instanceof Error ? error.message : String(error)}`);
      sendJson(res, answer.status, answer.body);
    });
  });
  const address = await listen(server, options.port ?? 0, host);
  const origin = `http://${urlHost(host)}:${address.port}`;

  let closed: Promise<void> | null = null;
  return {
    origin,
    regionUrls: byRegion((r) => `${origin}/regions/${r}`),
    trafficManagerUrl: `${origin}/global`,
    scenario,
    seed,
    startedAt,
    token: options.token,
    faults,
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

