import { describe, expect, it, vi } from 'vitest';
import { createNavigationGuard, createWindowOpenHandler, judgeUrl, type NavigationVerdict } from './navigation-policy.js';

const APP = 'http://127.0.0.1:53121';

const table: Array<[string, string, NavigationVerdict]> = [
  ['own origin, root', `${APP}/`, 'allow'],
  ['own origin, no trailing slash', APP, 'allow'],
  ['own origin with path and query', `${APP}/regions/eu-west?window=24h#burn`, 'allow'],
  ['own origin, launch path with token', `${APP}/launch?token=abc`, 'allow'],
  ['same host, other port', 'http://127.0.0.1:53122/', 'open-external'],
  ['same host, default port', 'http://127.0.0.1/', 'open-external'],
  ['localhost is another host', 'http://localhost:53121/', 'open-external'],
  ['https on our port is another scheme', 'https://127.0.0.1:53121/', 'open-external'],
  ['userinfo trick points elsewhere', 'http://127.0.0.1:53121@evil.example/', 'open-external'],
  ['other host', 'https://evil.example/', 'open-external'],
  ['external https', 'https://status.example.com/incidents/42', 'open-external'],
  ['external http', 'http://wiki.internal/runbooks/checkout', 'open-external'],
  ['file:', 'file:///etc/passwd', 'refuse'],
  ['javascript:', 'javascript:alert(1)', 'refuse'],
  ['data:', 'data:text/html,<script>alert(1)</script>', 'refuse'],
  ['blob of our origin is not a page to navigate to', `blob:${APP}/7d3c`, 'refuse'],
  ['mailto', 'mailto:oncall@example.com', 'refuse'],
  ['custom scheme', 'slack://open?team=T1', 'refuse'],
  ['devtools scheme', 'devtools://devtools/bundled/inspector.html', 'refuse'],
  ['garbage', 'not a url', 'refuse'],
  ['empty', '', 'refuse'],
];

describe('judgeUrl', () => {
  it.each(table)('%s → %s', (_name, url, verdict) => {
    expect(judgeUrl(url, APP)).toBe(verdict);
  });

  it('allows nothing in the window when the app origin itself is unparseable', () => {
    expect(judgeUrl(`${APP}/`, 'nonsense')).toBe('open-external');
  });
});

function navigation(url: string): { url: string; preventDefault: () => void; prevented: () => boolean } {
  let prevented = false;
  return { url, preventDefault: () => { prevented = true; }, prevented: () => prevented };
}

describe('navigation guard (will-navigate, will-redirect)', () => {
  const guard = createNavigationGuard(APP);

  it.each(table)('%s', (_name, url, verdict) => {
    const event = navigation(url);
    guard(event);
    expect(event.prevented()).toBe(verdict !== 'allow');
  });
});

describe('window open handler', () => {
  it.each(table)('%s: always denied, external only for web links', (_name, url, verdict) => {
    const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
    const handler = createWindowOpenHandler(APP, openExternal);
    expect(handler({ url })).toEqual({ action: 'deny' });
    if (verdict === 'open-external') expect(openExternal).toHaveBeenCalledWith(url);
    else expect(openExternal).not.toHaveBeenCalled();
  });

  it('survives the browser failing to open', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const handler = createWindowOpenHandler(APP, () => Promise.reject(new Error('no browser')));
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
