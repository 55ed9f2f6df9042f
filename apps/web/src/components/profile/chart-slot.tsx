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
export function ChartSlot({
  kind,
  children,
}: {
  kind: 'radar' | 'line' | 'bars' | 'map';
  children: ReactNode;
}) {
  return (
    <div className={`chart chart--${kind}`} aria-hidden="true">
      <ChartBoundary>
        <Suspense fallback={null}>{children}</Suspense>
      </ChartBoundary>
    </div>
  );
}
