import { Link } from 'react-router';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { staffText } from '../../lib/i18n/staff.ts';
import { paths } from '../../lib/paths.ts';
import { usePage } from '../../lib/use-page.ts';

interface LinkCardProps {
  id: string;
  title: string;
  description: string;
  link: string;
  to: string;
  /** The card the staff come for most: highlighted, with the main button. */
  primary?: boolean;
}

/** A card that leads to one part of the staff space. */
function LinkCard({ id, title, description, link, to, primary = false }: LinkCardProps) {
  return (
    <section className={primary ? 'card card--highlight' : 'card'} aria-labelledby={id}>
      <h3 id={id} className="card__title">
        {title}
      </h3>
      <p>{description}</p>
      <Link className={`button button--${primary ? 'primary' : 'secondary'}`} to={to}>
        {link}
      </Link>
    </section>
  );
}

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
        <LinkCard
          id="staff-tours"
          title={cards.toursTitle}
          description={cards.toursText}
          link={cards.toursLink}
          to={paths.staffTours}
          primary
        />
        <LinkCard
          id="staff-workshops"
          title={cards.workshopsTitle}
          description={cards.workshopsText}
          link={cards.workshopsLink}
          to={paths.staffWorkshops}
        />
        <LinkCard
          id="staff-public-tour"
          title={cards.publicTitle}
          description={cards.publicText}
          link={cards.publicLink}
          to={paths.tour}
        />
      </div>

      <h2>{cards.membersTitle}</h2>
      <div className="card-grid">
        <LinkCard
          id="staff-siret"
          title={cards.siretTitle}
          description={cards.siretText}
          link={cards.siretLink}
          to={paths.staffSiretConflicts}
        />
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
