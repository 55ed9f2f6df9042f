import { frenchDate, frenchTimeRange } from '@capnum/contracts/paris-time';
import { Link } from 'react-router';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { text } from '../../lib/i18n/index.ts';
import { paths } from '../../lib/paths.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePage } from '../../lib/use-page.ts';
import {
  type DiagnosticSummary,
  loadDiagnosticSummary,
  standingOf,
} from './api/diagnostic-summary.ts';
import { DiagnosticCard } from './diagnostic-card.tsx';

/** The next workshop booked, where and when, or how to find one. */
function NextWorkshop({ summary }: { summary: DiagnosticSummary | null }) {
  const words = text.artisanHome.tourCard;
  const booking = summary?.nextBooking;
  if (!booking) return <p>{words.text}</p>;
  const { session, stop } = booking;
  return (
    <p>
      {words.next(
        session.workshop.title,
        frenchDate(stop.date),
        frenchTimeRange(session.startsAt, session.endsAt),
        stop.communeName,
      )}{' '}
      {booking.status === 'waitlisted' && words.waitlisted(booking.waitlistPosition ?? 0)}
    </p>
  );
}

/** "123 456 789 00012": the grouping printed on official documents. */
function formatSiret(siret: string): string {
  return siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');
}

export function ArtisanHomePage() {
  const words = text.artisanHome;
  usePage(words.title);
  const auth = useAuth();
  const { state } = useApiData(loadDiagnosticSummary);
  if (auth.status !== 'signed-in') return null;
  const { artisan, chamber } = auth.user;
  const summary = state.status === 'loaded' ? state.data : null;
  const intro = summary ? words.introFor[standingOf(summary)] : words.intro;

  return (
    <div className="page">
      <h1>{words.title}</h1>
      <p className="lead">
        {words.greeting} {intro}
      </p>

      <div className="card-grid">
        <DiagnosticCard state={state} />

        <section className="card" aria-labelledby="artisan-van">
          <h2 id="artisan-van" className="card__title">
            {text.artisanHome.tourCard.title}
          </h2>
          <NextWorkshop summary={summary} />
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
                <dt>{words.businessNameLabel}</dt>
                <dd>{artisan.businessName}</dd>
              </div>
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
