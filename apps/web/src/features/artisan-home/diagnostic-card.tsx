import { Link } from 'react-router';
import { LoadingState } from '../../components/ui/loading-state.tsx';
import { text } from '../../lib/i18n/index.ts';
import { paths, pathTo } from '../../lib/paths.ts';
import type { ApiData } from '../../lib/use-api-data.ts';
import type { DiagnosticSummary } from './api/diagnostic-summary.ts';

/** Start, resume or redo the questionnaire, and the way to the latest results. */
export function DiagnosticCard({ state }: { state: ApiData<DiagnosticSummary> }) {
  const words = text.artisanHome;
  let call = words.diagnosticOpen;
  let explanation = words.diagnosticText;
  let to: string = paths.diagnostic;
  const summary = state.status === 'loaded' ? state.data : null;
  if (summary) {
    const { answered, total } = summary.progress;
    if (summary.latest && answered === total) {
      call = words.diagnosticRedo;
      explanation = words.diagnosticRedoText;
      to = paths.diagnosticRedo;
    } else if (answered > 0) {
      call = words.diagnosticResume(answered, total);
      explanation = words.diagnosticResumeText(answered, total);
    } else {
      call = words.diagnosticCall;
    }
  }
  const latest = summary?.latest;

  return (
    <section className="card card--highlight" aria-labelledby="artisan-diagnostic">
      <h2 id="artisan-diagnostic" className="card__title">
        {words.diagnosticTitle}
      </h2>
      <p>{explanation}</p>
      {state.status === 'loading' ? (
        <LoadingState message={words.diagnosticLoading} />
      ) : (
        <Link className="button button--primary" to={to}>
          {call}
        </Link>
      )}
      {latest && (
        <>
          <p>
            {words.latestResults(text.formatDate(latest.submittedAt), latest.profile.overall.score)}
          </p>
          <ul className="link-list">
            <li>
              <Link to={pathTo.diagnosticResults(latest.id)}>{words.latestResultsLink}</Link>
            </li>
            <li>
              <Link to={paths.diagnosticHistory}>{words.historyLink}</Link>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
