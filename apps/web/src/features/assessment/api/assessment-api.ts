import type { Assessment, AssessmentList, Draft } from '@capnum/contracts';
import type { Answer, Questionnaire } from '@capnum/scoring';
import { api } from '../../../lib/api-client.ts';

/** A change to the draft: an answer, or null to clear it. */
export type AnswerChange = Answer | null;

export const assessmentApi = {
  questionnaire: () => api.get<Questionnaire>('/api/questionnaire'),
  draft: () => api.get<Draft>('/api/assessments/draft'),
  saveAnswers: (answers: Record<string, AnswerChange>) =>
    api.patch<Draft>('/api/assessments/draft', { answers }),
  /** The same key on a retry gives back the same assessment instead of a second one. */
  submit: (idempotencyKey: string) =>
    api.post<Assessment>('/api/assessments/draft/submit', undefined, {
      headers: { 'idempotency-key': idempotencyKey },
    }),
  list: (signal?: AbortSignal) => api.get<AssessmentList>('/api/assessments', { signal }),
  get: (assessmentId: string, signal?: AbortSignal) =>
    api.get<Assessment>(`/api/assessments/${encodeURIComponent(assessmentId)}`, { signal }),
};
