/**
 * A download's file name as the backend suggested it, made safe to hand to `<a download>`: no folders, no
 * control characters, nothing that starts with a dot; a fallback when nothing usable is left.
 */
export function safeFileName(name: string, fallback = 'meridian-export.txt'): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^\.+/, '').trim().slice(0, 120);
  return cleaned === '' ? fallback : cleaned;
}
