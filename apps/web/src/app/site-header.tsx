import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { type LoginPageState, useAuth } from '../lib/auth/auth-context.ts';
import { text } from '../lib/i18n/index.ts';
import { paths } from '../lib/paths.ts';

interface NavigationItem {
  to: string;
  label: string;
  /** Also the current page on the addresses below it (`/diagnostic/visibilite`…). */
  section?: boolean;
}

const navigationWords = text.app.navigation;

// What each kind of visitor can reach; the guards in the router enforce it.
const navigationByRole = {
  artisan: [
    { to: paths.artisanHome, label: navigationWords.artisanHome },
    { to: paths.diagnostic, label: navigationWords.diagnostic, section: true },
    { to: paths.tour, label: navigationWords.tour },
    { to: paths.myWorkshops, label: navigationWords.myWorkshops },
    { to: paths.account, label: navigationWords.account },
  ],
  advisor: [
    { to: paths.advisorHome, label: navigationWords.advisorHome },
    { to: paths.tour, label: navigationWords.tour },
  ],
  staff: [
    { to: paths.staffHome, label: navigationWords.staffHome },
    { to: paths.staffTours, label: navigationWords.staffTours, section: true },
    { to: paths.staffWorkshops, label: navigationWords.staffWorkshops },
    { to: paths.staffTeam, label: navigationWords.staffTeam },
    { to: paths.staffStatistics, label: navigationWords.staffStatistics },
  ],
} satisfies Record<string, NavigationItem[]>;

const publicNavigation: NavigationItem[] = [
  { to: paths.login, label: navigationWords.login },
  { to: paths.signup, label: navigationWords.signup },
];

export function SiteHeader() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [loggingOut, setLoggingOut] = useState(false);
  // On a phone the links fold behind a "Menu" button (a disclosure); wider, they show.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the menu.
  useEffect(() => setMenuOpen(false), [pathname]);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  }

  async function handleLogout() {
    setLoggingOut(true);
    await auth.logout();
    setLoggingOut(false);
    const state: LoginPageState = { reason: 'logged-out' };
    navigate(paths.login, { replace: true, state });
  }

  let items: NavigationItem[] = [];
  if (auth.status === 'signed-in') items = navigationByRole[auth.user.role];
  else if (auth.status === 'signed-out') items = publicNavigation;

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={paths.home} className="site-header__brand">
          {text.app.productName}
        </Link>
        {items.length > 0 && (
          <button
            ref={menuButton}
            type="button"
            className="site-header__menu-button"
            aria-expanded={menuOpen}
            aria-controls="main-navigation-list"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {text.app.menu}
          </button>
        )}
        <nav
          className={menuOpen ? 'site-header__nav site-header__nav--open' : 'site-header__nav'}
          aria-label={text.app.mainNavigation}
          onKeyDown={closeOnEscape}
        >
          <ul id="main-navigation-list">
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={!item.section} className="site-header__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
            {auth.status === 'signed-in' && (
              <li>
                <button
                  type="button"
                  className="site-header__link site-header__logout"
                  onClick={handleLogout}
                  disabled={loggingOut}
                >
                  {loggingOut ? text.app.loggingOut : text.app.logout}
                </button>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
