import type { BenchmarkHistory } from '@capnum/contracts';
import { levelLabels } from '@capnum/scoring';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { api } from '../../../lib/api-client.ts';
import { resultsText } from '../../../lib/i18n/results.ts';
import { paths, pathTo } from '../../../lib/paths.ts';
import { useApiData } from '../../../lib/use-api-data.ts';
import { usePage } from '../../../lib/use-page.ts';
import { assessmentApi } from '../api/assessment-api.ts';
import '../assessment.css';
import { PeerBenchmarkHistory, ScoreHistory } from '../../../components/profile/score-history.tsx';

const loadHistory = (signal: AbortSignal) => assessmentApi.list(signal);
// « Comment je me situe » over time (see api/benchmark-api.ts for why it is asked here).
const loadPeerHistory = (signal: AbortSignal) =>
  api.get<BenchmarkHistory>('/api/assessments/benchmark', { signal });

export function HistoryPage() {
  const words = resultsText.history;
  usePage(words.title);
  const { state, reload } = useApiData(loadHistory);
  const assessments = state.status === 'loaded' ? state.data.assessments : null;
  // Where the artisan stood each time; the scores above never wait for it.
  const peers = useApiData(loadPeerHistory).state;

  return (
    <div className="page history">
      <h1>{words.title}</h1>
      {state.status === 'loading' && <LoadingState message={words.loading} />}
      {state.status === 'failed' && (
        <Alert tone="error">
          <p>{state.message}</p>
          <Button variant="secondary" onClick={reload}>
            {words.retry}
          </Button>
        </Alert>
      )}
      {assessments?.length === 0 && (
        <>
          <p className="lead">{words.empty}</p>
          <p>
            <Link className="button button--primary" to={paths.diagnostic}>
              {words.start}
            </Link>
          </p>
        </>
      )}
      {assessments && assessments.length > 0 && (
        <>
          <p className="lead">{words.intro}</p>
          <section aria-labelledby="history-list">
            <h2 id="history-list">{words.listTitle}</h2>
            <ol className="card-grid history-list">
              {assessments.map((assessment) => {
                const when = resultsText.formatDateTime(assessment.submittedAt);
                const { score, level } = assessment.profile.overall;
                return (
                  <li key={assessment.id} className="card">
                    <h3 className="card__title">{when}</h3>
                    <p>{words.score(score, levelLabels[level])}</p>
                    <p>
                      <Link to={pathTo.diagnosticResults(assessment.id)}>{words.open(when)}</Link>
                    </p>
                  </li>
                );
              })}
            </ol>
          </section>
          {assessments.length >= 2 && <ScoreHistory assessments={assessments} />}
          {peers.status === 'loaded' && <PeerBenchmarkHistory history={peers.data} />}
        </>
      )}
    </div>
  );
}
