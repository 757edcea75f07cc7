import { PAGES, PAGE_TITLES, hrefFor, type Route } from '../routing/routes.js';

export function NavBar({ route }: { route: Route }) {
  return (
    <nav className="nav" aria-label="Main">
      <div className="brand">Meridian</div>
      <ul>
        {PAGES.map((page) => (
          <li key={page}>
            <a href={hrefFor(page)} aria-current={route.page === page ? 'page' : undefined} data-testid={`nav-${page}`}>
              {PAGE_TITLES[page]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
