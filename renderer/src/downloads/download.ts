import { safeFileName } from './file-name.js';

/**
 * Saves text the backend produced (a flagd file, an audit export) as a file: a same-origin blob: URL and an
 * `<a download>`, which the Electron shell allows and a browser handles as a normal download. No new window,
 * no data: URL (the CSP forbids navigating to one).
 */
export function downloadText(fileName: string, content: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = safeFileName(fileName);
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some engines; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
