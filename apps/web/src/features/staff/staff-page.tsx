import type { ReactNode } from 'react';
import type { Crumb } from '../../components/ui/breadcrumbs.tsx';
import { PageShell } from '../../components/ui/page-shell.tsx';
import { staffText } from '../../lib/i18n/staff.ts';
import { paths } from '../../lib/paths.ts';
import './staff.css';

/** A page of the staff space: below the staff home in the breadcrumbs. */
export function StaffPage({
  title,
  crumbs = [],
  children,
}: {
  title: string;
  /** The pages between the staff home and this one. */
  crumbs?: readonly Crumb[];
  children: ReactNode;
}) {
  return (
    <PageShell
      title={title}
      crumbs={[{ label: staffText.home.title, to: paths.staffHome }, ...crumbs]}
    >
      {children}
    </PageShell>
  );
}
