import { useAuth } from '../../lib/auth/auth-context.ts';
import { text } from '../../lib/i18n/index.ts';
import { usePage } from '../../lib/use-page.ts';

export function StaffHomePage() {
  const words = text.staffHome;
  usePage(words.title);
  const auth = useAuth();
  if (auth.status !== 'signed-in') return null;
  const { chamber } = auth.user;

  return (
    <div className="page">
      <h1>{words.title}</h1>
      <p className="lead">{words.chamber(chamber.name)}</p>
      <p>{words.departements(chamber.departements)}</p>
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
