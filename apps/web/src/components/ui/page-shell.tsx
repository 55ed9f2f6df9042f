import type { ReactNode } from 'react';
import { usePage } from '../../lib/use-page.ts';
import { Breadcrumbs, type Crumb } from './breadcrumbs.tsx';

interface PageShellProps {
  /** The page's `h1`, also its browser-tab title. */
  title: string;
  /** The pages above this one, from the top; the page itself is added last. */
  crumbs?: readonly Crumb[];
  className?: string;
  children: ReactNode;
}

/**
 * Every inner page of a working space (staff, advisor): its title in the tab
 * and in the `h1` that takes focus after a navigation, and the breadcrumbs
 * that lead back up.
 */
export function PageShell({ title, crumbs, className, children }: PageShellProps) {
  usePage(title);
  return (
    <div className={className ? `page ${className}` : 'page'}>
      {crumbs && <Breadcrumbs crumbs={[...crumbs, { label: title }]} />}
      <h1>{title}</h1>
      {children}
    </div>
  );
}
