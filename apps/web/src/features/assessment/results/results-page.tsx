import type { Assessment } from '@capnum/contracts';
import { Suspense, useCallback } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { text } from '../../../lib/i18n/index.ts';
import { resultsText } from '../../../lib/i18n/results.ts';
import { paths } from '../../../lib/paths.ts';
import { useApiData } from '../../../lib/use-api-data.ts';
import { usePage } from '../../../lib/use-page.ts';
import { assessmentApi } from '../api/assessment-api.ts';
import '../assessment.css';
import {
  type ResultsSection,
  resultsSections,
} from '../../../components/profile/results-sections.tsx';
import { ChangeSinceLast } from './change-since-last.tsx';
import { PeerComparison } from './peer-comparison.tsx';

interface ResultsPageState {
  assessment?: Assessment;
}

export interface ResultsPageProps {
  /**
   * Sections from other features, shown after the page's own (the van's next
   * stop): the router composes them, so this feature imports none of them.
   * They may be lazily loaded; each appears once its code has arrived.
   */
  extraSections?: readonly ResultsSection[];
}

export function ResultsPage({ extraSections = [] }: ResultsPageProps) {
  const words = resultsText.results;
  usePage(words.title);
  const { assessmentId = '' } = useParams();
  const handed = (useLocation().state as ResultsPageState | null)?.assessment;
  // Straight after sending, the review step hands the assessment over: no request, no wait.
  const handedHere = handed?.id === assessmentId ? handed : undefined;
  const { state, reload } = useApiData(
    useCallback(
      (signal: AbortSignal) =>
        handedHere ? Promise.resolve(handedHere) : assessmentApi.get(assessmentId, signal),
      [assessmentId, handedHere],
    ),
  );
  const assessment = state.status === 'loaded' ? state.data : handedHere;

  return (
    <div className="page results">
      <h1>{words.title}</h1>
      {!assessment && state.status === 'loading' && <LoadingState message={words.loading} />}
      {!assessment && state.status === 'failed' && (
        <Alert tone="error">
          <p>{state.retryable ? state.message : words.notFound}</p>
          {/* Not found: trying again would say the same; the history is linked below. */}
          {state.retryable && (
            <Button variant="secondary" onClick={reload}>
              {words.retry}
            </Button>
          )}
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
          <ChangeSinceLast assessment={assessment} />
          <PeerComparison assessment={assessment} />
          {extraSections.map(({ id, Section }) => (
            <Suspense key={id} fallback={null}>
              <Section assessment={assessment} />
            </Suspense>
          ))}
        </>
      )}
      <nav className="actions results__next" aria-label={words.nextNavigation}>
        <Link className="button button--secondary" to={paths.diagnosticHistory}>
          {words.history}
        </Link>
        <Link className="button button--secondary" to={paths.diagnosticRedo}>
          {words.redo}
        </Link>
        <Link className="button button--secondary" to={paths.artisanHome}>
          {words.backToMySpace}
        </Link>
      </nav>
    </div>
  );
}
