import { useId, type ReactNode } from 'react';
import { AsOf } from './as-of.js';

/** A titled block of the page with its data's age in the header. */
export function Section({
  title,
  at,
  actions,
  children,
  testId,
}: {
  title: string;
  /** When the data shown was observed; undefined for blocks without data of their own. */
  at?: number | null;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const id = useId();
  return (
    <section className="section" aria-labelledby={id} data-testid={testId}>
      <header className="section-header">
        <h2 id={id}>{title}</h2>
        {at !== undefined && <AsOf at={at} />}
        {actions && <div className="section-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}
