import { Link } from 'react-router';
import { text } from '../lib/i18n/index.ts';
import { paths } from '../lib/paths.ts';
import { usePage } from '../lib/use-page.ts';

export function NotFoundPage() {
  const words = text.notFound;
  usePage(words.title);
  return (
    <div className="page page--narrow">
      <h1>{words.title}</h1>
      <p className="lead">{words.text}</p>
      <p>
        <Link className="button button--primary" to={paths.home}>
          {words.backHome}
        </Link>
      </p>
    </div>
  );
}
