import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { LoadingState } from '../components/ui/loading-state.tsx';
import { text } from '../lib/i18n/index.ts';
import { EmailConfirmationBanner } from './email-confirmation-banner.tsx';
import { PageErrorBoundary } from './page-error-boundary.tsx';
import { SiteHeader } from './site-header.tsx';

export function AppLayout() {
  const location = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        {text.app.skipToContent}
      </a>
      <SiteHeader />
      <EmailConfirmationBanner />
      <main id="main" className="site-main" tabIndex={-1}>
        <PageErrorBoundary key={location.pathname}>
          {/* Lazy pages (sign-up, advisor, staff) load here. */}
          <Suspense fallback={<LoadingState message={text.app.loadingPage} />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{text.app.footer}</p>
      </footer>
    </>
  );
}
