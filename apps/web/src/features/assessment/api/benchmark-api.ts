import type { Benchmark } from '@capnum/contracts';
import { api } from '../../../lib/api-client.ts';

/**
 * « Comment je me situe » : computed when read, so the submit stays as fast. Apart from
 * the assessment client, so that the questionnaire's route does not carry it. The history
 * page asks for its own figures itself: a client shared by two pages would be one more
 * chunk named in the entry's preload map, which the questionnaire's route downloads.
 */
export const benchmarkApi = {
  ofAssessment: (assessmentId: string, signal?: AbortSignal) =>
    api.get<Benchmark>(`/api/assessments/${encodeURIComponent(assessmentId)}/benchmark`, {
      signal,
    }),
};
