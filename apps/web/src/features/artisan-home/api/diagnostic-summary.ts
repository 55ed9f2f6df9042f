import type {
  Assessment,
  AssessmentList,
  Draft,
  MyRegistration,
  MyRegistrationList,
} from '@capnum/contracts';
import { api } from '../../../lib/api-client.ts';

export interface DiagnosticSummary {
  progress: Draft['progress'];
  latest: Assessment | null;
  /** The next workshop booked (a seat or a waiting-list place) still to come. */
  nextBooking: MyRegistration | null;
}

/** Where the artisan stands: the draft's progress (created on first read), the last results, the next workshop. */
export async function loadDiagnosticSummary(signal: AbortSignal): Promise<DiagnosticSummary> {
  const [draft, history, bookings] = await Promise.all([
    api.get<Draft>('/api/assessments/draft', { signal }),
    api.get<AssessmentList>('/api/assessments', { signal }),
    api.get<MyRegistrationList>('/api/me/registrations', { signal }),
  ]);
  const now = new Date().toISOString();
  const upcoming = bookings.registrations
    .filter((booking) => booking.status !== 'attended' && booking.session.startsAt > now)
    .sort((left, right) => left.session.startsAt.localeCompare(right.session.startsAt));
  return {
    progress: draft.progress,
    latest: history.assessments[0] ?? null,
    nextBooking: upcoming[0] ?? null,
  };
}

/** Where the artisan stands, in one word: it chooses what the home page says first. */
export type Standing = 'new' | 'in-progress' | 'results';

export function standingOf(summary: DiagnosticSummary): Standing {
  const { answered, total } = summary.progress;
  if (summary.latest && (answered === 0 || answered === total)) return 'results';
  return answered > 0 ? 'in-progress' : summary.latest ? 'results' : 'new';
}
