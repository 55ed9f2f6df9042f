import { Link } from 'react-router';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { staffText } from '../../lib/i18n/staff.ts';
import { paths } from '../../lib/paths.ts';
import { usePage } from '../../lib/use-page.ts';

export function StaffHomePage() {
  const words = staffText.home;
  const cards = staffText.homeCards;
  usePage(words.title);
  const auth = useAuth();
  if (auth.status !== 'signed-in') return null;
  const { chamber } = auth.user;

  return (
    <div className="page">
      <h1>{words.title}</h1>
      <p className="lead">{words.chamber(chamber.name)}</p>
      <p>{words.departements(chamber.departements)}</p>

      <h2>{cards.title}</h2>
      <div className="card-grid">
        <section className="card card--highlight" aria-labelledby="staff-tours">
          <h3 id="staff-tours" className="card__title">
            {cards.toursTitle}
          </h3>
          <p>{cards.toursText}</p>
          <Link className="button button--primary" to={paths.staffTours}>
            {cards.toursLink}
          </Link>
        </section>
        <section className="card" aria-labelledby="staff-workshops">
          <h3 id="staff-workshops" className="card__title">
            {cards.workshopsTitle}
          </h3>
          <p>{cards.workshopsText}</p>
          <Link className="button button--secondary" to={paths.staffWorkshops}>
            {cards.workshopsLink}
          </Link>
        </section>
        <section className="card" aria-labelledby="staff-public-tour">
          <h3 id="staff-public-tour" className="card__title">
            {cards.publicTitle}
          </h3>
          <p>{cards.publicText}</p>
          <Link className="button button--secondary" to={paths.tour}>
            {cards.publicLink}
          </Link>
        </section>
      </div>

      <section className="card" aria-labelledby="staff-upcoming">
        <h2 id="staff-upcoming" className="card__title">
          {words.upcomingTitle}
        </h2>
        <ul className="checklist">
          {words.upcoming.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
