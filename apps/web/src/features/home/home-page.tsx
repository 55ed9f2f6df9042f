import type { ThemeKey } from '@capnum/contracts';
import { Link } from 'react-router';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { text } from '../../lib/i18n/index.ts';
import { paths, roleHomePath } from '../../lib/paths.ts';
import { usePage } from '../../lib/use-page.ts';

export function HomePage() {
  const words = text.home;
  usePage(words.documentTitle);
  const auth = useAuth();

  return (
    <div className="page">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{words.title}</h1>
        <p className="lead">{words.lead}</p>
        <div className="actions">
          {auth.status === 'signed-in' ? (
            <Link className="button button--primary" to={roleHomePath[auth.user.role]}>
              {words.goToMySpace}
            </Link>
          ) : (
            <>
              <Link className="button button--primary" to={paths.signup}>
                {words.signupCall}
              </Link>
              <Link className="button button--secondary" to={paths.login}>
                {words.loginCall}
              </Link>
            </>
          )}
        </div>
      </section>

      <section aria-labelledby="home-steps">
        <h2 id="home-steps">{words.howItWorksTitle}</h2>
        <ol className="steps">
          {words.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="home-themes">
        <h2 id="home-themes">{words.themesTitle}</h2>
        <ul className="card-grid">
          {(Object.keys(text.themes) as ThemeKey[]).map((theme) => (
            <li key={theme} className="card">
              <h3 className="card__title">{text.themes[theme].label}</h3>
              <p>{text.themes[theme].description}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-staff" className="note">
        <h2 id="home-staff">{words.staffTitle}</h2>
        <p>{words.staffText}</p>
      </section>
    </div>
  );
}
