import fs from 'node:fs';
import path from 'node:path';
import { OperatorProfileInput, type OperatorProfile } from '../../shared/controls-api.js';

export const PROFILE_FILE_NAME = 'operator-profile.json';

export type ProfileRead = { kind: 'missing' } | { kind: 'ok'; profile: OperatorProfile } | { kind: 'corrupt'; problem: string };

/** The saved profile. A file that is not a valid profile is reported, never thrown: the app must still start. */
export function readProfileFile(dataDir: string): ProfileRead {
  const file = path.join(dataDir, PROFILE_FILE_NAME);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'corrupt', problem: `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'corrupt', problem: `${file} is not valid JSON` };
  }
  const parsed = OperatorProfileInput.safeParse(json);
  if (!parsed.success) return { kind: 'corrupt', problem: `${file} is not a valid profile (${parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')})` };
  return { kind: 'ok', profile: parsed.data };
}

/** Write-then-rename, so a crash mid-write leaves the old profile rather than half a file. */
export function writeProfileFile(dataDir: string, profile: OperatorProfile): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, PROFILE_FILE_NAME);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(profile, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(tmp, file);
}
