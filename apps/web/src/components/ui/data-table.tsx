import { type ReactNode, useId } from 'react';
import './data-table.css';

interface DataTableProps {
  caption: ReactNode;
  children: ReactNode;
  /** Row headers name items (a tour, a workshop): they keep room for the name. */
  namedRows?: boolean;
}

/**
 * The one table of the app, beside every chart and in every list: named by
 * its caption, in a region that scrolls sideways on a small screen; the
 * region can take focus, so the keyboard can scroll it too.
 */
export function DataTable({ caption, children, namedRows = false }: DataTableProps) {
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
    <section className="data-table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className={namedRows ? 'data-table data-table--items' : 'data-table'}>
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </section>
  );
}
