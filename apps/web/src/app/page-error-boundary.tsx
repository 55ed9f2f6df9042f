import { Component, type ReactNode } from 'react';
import { Button } from '../components/ui/button.tsx';
import { text } from '../lib/i18n/index.ts';

interface PageErrorBoundaryProps {
  children: ReactNode;
}

/**
 * Catches a page that throws or whose code fails to load (often right after a
 * new release), and shows it inside the layout so the header stays usable.
 * The layout gives it a key per address, so navigating away clears the error.
 */
export class PageErrorBoundary extends Component<PageErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const words = text.routeError;
    document.title = `${words.title}${text.app.titleSeparator}${text.app.productName}`;
    return (
      <div className="page page--narrow">
        <h1>{words.title}</h1>
        <p className="lead">{words.text}</p>
        <Button onClick={() => window.location.reload()}>{words.reload}</Button>
      </div>
    );
  }
}
