import { Component, type ReactNode, Suspense } from 'react';

/** A chart that fails to load (offline, new release) leaves its table alone on the page. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * Where a lazily loaded chart draws. Hidden from assistive technologies: the
 * table next to it carries the same figures.
 */
export function ChartSlot({ kind, children }: { kind: 'radar' | 'line'; children: ReactNode }) {
  return (
    <div className={`chart chart--${kind}`} aria-hidden="true">
      <ChartBoundary>
        <Suspense fallback={null}>{children}</Suspense>
      </ChartBoundary>
    </div>
  );
}

/**
 * A table that may be wider than a phone: it scrolls sideways, so it can take
 * keyboard focus, and is named by its caption.
 */
export function TableRegion({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable with the keyboard.
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </section>
  );
}
