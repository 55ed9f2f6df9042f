import type { Assessment, AssessmentList, Draft } from '@capnum/contracts';
import { api } from '../../../lib/api-client.ts';

export interface DiagnosticSummary {
  progress: Draft['progress'];
  latest: Assessment | null;
}

/** Where the artisan stands: the draft's progress (the draft is created on first read) and the last results. */
export async function loadDiagnosticSummary(signal: AbortSignal): Promise<DiagnosticSummary> {
  const [draft, history] = await Promise.all([
    api.get<Draft>('/api/assessments/draft', { signal }),
    api.get<AssessmentList>('/api/assessments', { signal }),
  ]);
  return { progress: draft.progress, latest: history.assessments[0] ?? null };
}
