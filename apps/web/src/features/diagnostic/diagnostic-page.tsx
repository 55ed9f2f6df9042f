import { Link } from 'react-router';
import { text } from '../../lib/i18n/index.ts';
import { paths } from '../../lib/paths.ts';
import { usePage } from '../../lib/use-page.ts';

/** The questionnaire comes in the next issue; this page already owns its address and title. */
export function DiagnosticPage() {
  const words = text.diagnostic;
  usePage(words.title);
  return (
    <div className="page page--narrow">
      <h1>{words.title}</h1>
      <p className="lead">{words.intro}</p>
      <p>
        <Link to={paths.artisanHome}>{words.backToMySpace}</Link>
      </p>
    </div>
  );
}
