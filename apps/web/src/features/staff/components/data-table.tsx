import { type ReactNode, useId } from 'react';

interface DataTableProps {
  caption: ReactNode;
  children: ReactNode;
}

/**
 * A table with its caption, in a region that scrolls sideways on a small
 * screen; the region can take focus, so the keyboard can scroll it too.
 */
export function DataTable({ caption, children }: DataTableProps) {
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
    <section className="staff-table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="staff-table">
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </section>
  );
}
