import { useAuth } from '../../lib/auth/auth-context.ts';
import { advisorText } from '../../lib/i18n/advisor.ts';
import { usePage } from '../../lib/use-page.ts';

export function AdvisorHomePage() {
  const words = advisorText;
  usePage(words.title);
  const auth = useAuth();
  if (auth.status !== 'signed-in') return null;

  return (
    <div className="page">
      <h1>{words.title}</h1>
      <p className="lead">{words.chamber(auth.user.chamber.name)}</p>
      <section className="card" aria-labelledby="advisor-upcoming">
        <h2 id="advisor-upcoming" className="card__title">
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
