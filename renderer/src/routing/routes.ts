// Hash routes (`#/slos`, `#/slos/checkout.availability`) need no router library and survive reloads of a
// page served from a single index.html with a strict CSP.
export const PAGES = ['overview', 'slos', 'canaries', 'kpis', 'controls', 'incidents', 'audit', 'settings'] as const;
export type Page = (typeof PAGES)[number];

export const PAGE_TITLES: Record<Page, string> = {
  overview: 'Overview',
  slos: 'SLOs',
  canaries: 'Canaries',
  kpis: 'KPIs',
  controls: 'Controls',
  incidents: 'Incidents',
  audit: 'Audit',
  settings: 'Settings',
};

export type Route = { page: Page; sub: string | null } | { page: 'not-found'; path: string };

function isPage(s: string): s is Page {
  return (PAGES as readonly string[]).includes(s);
}

/** `#/page[/sub]` → route; an empty hash is the overview; anything else is reported, not guessed. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '').replace(/\?.*$/, '');
  const path = raw.replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return { page: 'overview', sub: null };
  const segments = path.split('/');
  if (segments.length > 2) return { page: 'not-found', path: raw };
  let decoded: string[];
  try {
    decoded = segments.map((s) => decodeURIComponent(s));
  } catch {
    return { page: 'not-found', path: raw };
  }
  const [page, sub] = decoded;
  if (page === undefined || !isPage(page) || sub === '') return { page: 'not-found', path: raw };
  return { page, sub: sub ?? null };
}

export function hrefFor(page: Page, sub?: string | null): string {
  return sub ? `#/${page}/${encodeURIComponent(sub)}` : `#/${page}`;
}
