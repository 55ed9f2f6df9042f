import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../components/ui/loading-state.tsx';
import { text } from '../lib/i18n/index.ts';
import { paths } from '../lib/paths.ts';
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
        <nav aria-label={text.app.footerLinksLabel}>
          <ul className="site-footer__links">
            <li>
              <Link to={paths.privacy}>{text.app.privacy}</Link>
            </li>
            <li>
              <Link to={paths.legalNotice}>{text.app.legalNotice}</Link>
            </li>
            <li>
              <Link to={paths.accessibility}>{text.app.accessibility}</Link>
            </li>
          </ul>
        </nav>
      </footer>
    </>
  );
}
