import { Link } from 'react-router';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { text } from '../../lib/i18n/index.ts';
import { paths } from '../../lib/paths.ts';
import { usePage } from '../../lib/use-page.ts';
import { DiagnosticCard } from './diagnostic-card.tsx';

/** "123 456 789 00012": the grouping printed on official documents. */
function formatSiret(siret: string): string {
  return siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');
}

export function ArtisanHomePage() {
  const words = text.artisanHome;
  usePage(words.title);
  const auth = useAuth();
  if (auth.status !== 'signed-in') return null;
  const { artisan, chamber } = auth.user;

  return (
    <div className="page">
      <h1>{words.title}</h1>
      <p className="lead">
        {artisan ? words.greeting(artisan.businessName) : words.greetingWithoutName} {words.intro}
      </p>

      <div className="card-grid">
        <DiagnosticCard />

        <section className="card" aria-labelledby="artisan-van">
          <h2 id="artisan-van" className="card__title">
            {text.artisanHome.tourCard.title}
          </h2>
          <p>{text.artisanHome.tourCard.text}</p>
          <div className="actions">
            <Link className="button button--primary" to={paths.tour}>
              {text.artisanHome.tourCard.tourLink}
            </Link>
            <Link className="button button--secondary" to={paths.myWorkshops}>
              {text.artisanHome.tourCard.myWorkshopsLink}
            </Link>
          </div>
        </section>

        {artisan && (
          <section className="card" aria-labelledby="artisan-business">
            <h2 id="artisan-business" className="card__title">
              {words.businessTitle}
            </h2>
            <dl className="details">
              <div>
                <dt>{words.tradeLabel}</dt>
                <dd>{artisan.trade}</dd>
              </div>
              <div>
                <dt>{words.communeLabel}</dt>
                <dd>
                  {artisan.communeName} ({artisan.departement})
                </dd>
              </div>
              <div>
                <dt>{words.siretLabel}</dt>
                <dd>{formatSiret(artisan.siret)}</dd>
              </div>
              <div>
                <dt>{words.employeesLabel}</dt>
                <dd>{text.employeeBands[artisan.employeeBand]}</dd>
              </div>
              <div>
                <dt>{words.chamberLabel}</dt>
                <dd>{chamber.name}</dd>
              </div>
            </dl>
            <p>{artisan.shareWithAdvisor ? words.sharingOn : words.sharingOff}</p>
          </section>
        )}
      </div>
    </div>
  );
}
