import type { Assessment } from '@capnum/contracts';
import { useCallback } from 'react';
import { PeerBenchmark } from '../../../components/profile/results-sections.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { resultsText } from '../../../lib/i18n/results.ts';
import { useApiData } from '../../../lib/use-api-data.ts';
import { benchmarkApi } from '../api/benchmark-api.ts';

/** The results page's « Comment je me situe », loaded after the scores (never slows them). */
export function PeerComparison({ assessment }: { assessment: Assessment }) {
  const words = resultsText.benchmark;
  const { state } = useApiData(
    useCallback(
      (signal: AbortSignal) => benchmarkApi.ofAssessment(assessment.id, signal),
      [assessment.id],
    ),
  );
  if (state.status === 'loading') return <LoadingState message={words.loading} />;
  if (state.status === 'failed') return <p className="chart-note">{words.failed}</p>;
  return <PeerBenchmark benchmark={state.data} />;
}
