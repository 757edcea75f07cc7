/**
 * Saves text as a file through a `blob:` link: no server round trip, allowed by the CSP, and accepted by the
 * desktop app's download policy because the blob belongs to our origin (Electron then asks where to save).
 */
export function downloadText(fileName: string, content: string, type = 'application/yaml'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel a download that has not read the blob yet; a minute later it is long done.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
