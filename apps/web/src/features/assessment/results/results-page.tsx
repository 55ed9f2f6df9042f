import type { Assessment } from '@capnum/contracts';
import { useCallback } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { text } from '../../../lib/i18n/index.ts';
import { paths } from '../../../lib/paths.ts';
import { useApiData } from '../../../lib/use-api-data.ts';
import { usePage } from '../../../lib/use-page.ts';
import { assessmentApi } from '../api/assessment-api.ts';
import '../assessment.css';
import { resultsSections } from './results-sections.tsx';

interface ResultsPageState {
  assessment?: Assessment;
}

export function ResultsPage() {
  const words = text.results;
  usePage(words.title);
  const { assessmentId = '' } = useParams();
  const handed = (useLocation().state as ResultsPageState | null)?.assessment;
  const { state, reload } = useApiData(
    useCallback((signal: AbortSignal) => assessmentApi.get(assessmentId, signal), [assessmentId]),
  );
  // Straight after sending, the review step hands the assessment over: no wait for the request.
  const assessment =
    state.status === 'loaded' ? state.data : handed?.id === assessmentId ? handed : undefined;

  return (
    <div className="page results">
      <h1>{words.title}</h1>
      {!assessment && state.status === 'loading' && <LoadingState message={words.loading} />}
      {!assessment && state.status === 'failed' && (
        <Alert tone="error">
          <p>{state.message}</p>
          <Button variant="secondary" onClick={reload}>
            {words.retry}
          </Button>
        </Alert>
      )}
      {assessment && (
        <>
          <p className="lead">{words.submittedOn(text.formatDate(assessment.submittedAt))}</p>
          <div className="actions results__tools">
            <Button variant="secondary" onClick={() => window.print()}>
              {words.print}
            </Button>
            <Link className="results__tool-link" to={paths.diagnosticCalculation}>
              {text.diagnostic.calculationLink}
            </Link>
          </div>
          {resultsSections.map(({ id, Section }) => (
            <Section key={id} assessment={assessment} />
          ))}
        </>
      )}
      <nav className="actions results__next" aria-label={words.nextNavigation}>
        <Link className="button button--secondary" to={paths.diagnosticHistory}>
          {words.history}
        </Link>
        <Link className="button button--secondary" to={paths.diagnostic}>
          {words.redo}
        </Link>
        <Link className="button button--secondary" to={paths.artisanHome}>
          {words.backToMySpace}
        </Link>
      </nav>
    </div>
  );
}
