import { describe, expect, it } from 'vitest';
import { HealthSnapshot } from '../../shared/platform-api/index.js';
import { parsePlatformConfig } from '../config/platform-config.js';
import { demoPlatformConfig, startDemoPlatform } from './index.js';
import { call, getParsed, testClock } from './test-support.js';

describe('lifecycle', () => {
  it('closes for real, so a new platform can start on the same port', async () => {
    const first = await startDemoPlatform({ port: 0 });
    const port = Number(new URL(first.origin).port);
    const health = `${first.regionUrls['us-east']}/v1/health`;
    // Keep a connection busy so close() has to drop it.
    first.faults.set('us-east', 'health', { kind: 'slow', delayMs: 10_000 });
    const pending = fetch(health).then(
      () => 'answered',
      () => 'dropped',
    );
    await new Promise((r) => setTimeout(r, 50));
    await first.close();
    expect(await pending).toBe('dropped');
    await expect(fetch(health)).rejects.toThrow();

    const second = await startDemoPlatform({ port });
    try {
      expect(second.origin).toBe(first.origin);
      await expect(getParsed(`${second.regionUrls['us-east']}/v1/health`, HealthSnapshot)).resolves.toBeDefined();
    } finally {
      await second.close();
    }
  });

  it('refuses to start on a port in use', async () => {
    const first = await startDemoPlatform();
    try {
      await expect(startDemoPlatform({ port: Number(new URL(first.origin).port) })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });

  it('requires the bearer token on every request when started with one', async () => {
    const p = await startDemoPlatform({ token: 's3cret-token', now: testClock().now });
    try {
      const health = `${p.regionUrls['eu-west']}/v1/health`;
      expect((await call(health)).status).toBe(401);
      expect((await call(health, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      expect((await call(`${p.origin}/healthz`)).json).toMatchObject({ error: 'unauthorized' });
      await expect(getParsed(health, HealthSnapshot, { authorization: 'Bearer s3cret-token' })).resolves.toBeDefined();
    } finally {
      await p.close();
    }
  });

  it('builds a platform config Meridian accepts', async () => {
    const p = await startDemoPlatform({ token: 'abc' });
    try {
      const config = parsePlatformConfig(demoPlatformConfig(p), 'demo');
      expect(config.regions.map((r) => [r.id, r.timeZone])).toEqual([
        ['us-east', 'America/New_York'],
        ['eu-west', 'Europe/Dublin'],
        ['ap-southeast', 'Asia/Singapore'],
      ]);
      expect(config.regions[0]?.baseUrl).toBe(p.regionUrls['us-east']);
      expect(config.trafficManagerUrl).toBe(p.trafficManagerUrl);
      expect(config.token).toBe('abc');
    } finally {
      await p.close();
    }
  });
});
