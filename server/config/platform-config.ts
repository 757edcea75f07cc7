import fs from 'node:fs';
import { z } from 'zod';
import { Id } from '../../shared/platform-api/common.js';
import { PrometheusSources } from '../feeds/prometheus/prometheus-config.js';

const HttpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//.test(u), 'must be an http:// or https:// URL')
  .transform((u) => u.replace(/\/+$/, ''));

/** Where the platform's APIs live. Without a file, Meridian starts the embedded demo platform. */
export const PlatformConfig = z.object({
  regions: z
    .array(
      z.object({
        id: Id,
        baseUrl: HttpUrl,
        /** IANA zone for showing the region's local time, e.g. "Europe/Dublin". */
        timeZone: z.string().min(1).default('UTC'),
      }),
    )
    .min(1, 'name at least one region'),
  trafficManagerUrl: HttpUrl,
  /** Bearer token sent to every platform API, if the platform needs one. */
  token: z.string().min(1).optional(),
  /** Per-request timeout in ms. */
  timeoutMs: z.number().int().min(100).max(60_000).default(4_000),
  /** Prometheus-compatible sources of SLI events (docs/slo.md). */
  prometheus: PrometheusSources.optional(),
});
export type PlatformConfig = z.infer<typeof PlatformConfig>;

export function parsePlatformConfig(raw: unknown, origin: string): PlatformConfig {
  const parsed = PlatformConfig.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; ');
    throw new Error(`${origin} is not a valid platform config: ${issues}`);
  }
  const ids = parsed.data.regions.map((r) => r.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`${origin} names region "${duplicate}" twice`);
  return parsed.data;
}

export function loadPlatformConfig(file: string): PlatformConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the platform config ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`The platform config ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parsePlatformConfig(raw, file);
}
