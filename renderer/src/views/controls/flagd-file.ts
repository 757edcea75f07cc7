// Reading a flagd flag-definition file picked by the operator. The backend validates the content (and names
// the flag and field of every error); here only what can be told before reading it: size and emptiness.
import type { FlagdImportError, FlagdImportResult } from '../../../../shared/controls-api.js';

/** The contract's limit (ImportFlagdInput.content). */
export const FLAGD_MAX_CHARS = 1_000_000;

export function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${bytes} bytes`;
}

/** null when the file can be sent for checking, else why not. */
export function flagdFileProblem(file: { name: string; size: number }): string | null {
  if (file.size === 0) return `${file.name} is empty`;
  if (file.size > FLAGD_MAX_CHARS) return `${file.name} is ${formatSize(file.size)}; a flag file must be under 1 MB`;
  return null;
}

/** Characters, not bytes, are what the contract limits; a multi-byte file can pass the size check and fail this. */
export function flagdContentProblem(name: string, content: string): string | null {
  if (content.trim() === '') return `${name} is empty`;
  if (content.length > FLAGD_MAX_CHARS) return `${name} is over 1,000,000 characters; a flag file must be under 1 MB`;
  return null;
}

/** "flag kill-recommendations, field state: must be ENABLED or DISABLED" */
export function formatImportError(e: FlagdImportError): string {
  const where = e.flag === null ? `field ${e.field}` : `flag ${e.flag}, field ${e.field}`;
  return `${where}: ${e.message}`;
}

export function formatImportChange(c: { key: string; from: boolean; to: boolean }): string {
  const onOff = (b: boolean) => (b ? 'on' : 'off');
  return `${c.key}: ${onOff(c.from)} → ${onOff(c.to)}`;
}

/** One line for the result of a check or an import. */
export function importSummary(result: FlagdImportResult, region: string): string {
  const platform = result.errors.find((e) => e.field === 'platform');
  if (platform) {
    return `The platform failed while applying ${platform.flag ?? 'a flag'}: the changes before it stay applied in ${region} (the audit log lists them), the rest were not. Check the flags and import again.`;
  }
  if (result.errors.length > 0) {
    return `${result.errors.length} error${result.errors.length > 1 ? 's' : ''} in the file: nothing was changed in ${region}.`;
  }
  const n = result.changes.length;
  if (result.applied) return n === 0 ? `Nothing to change in ${region}.` : `Applied ${n} change${n > 1 ? 's' : ''} in ${region}.`;
  return n === 0 ? `The file matches ${region}: nothing to change.` : `${n} change${n > 1 ? 's' : ''} to apply in ${region}:`;
}
