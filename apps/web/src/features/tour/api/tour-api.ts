import type {
  MyRegistrationList,
  Recommendations,
  Registration,
  TourStop,
  TourStopList,
} from '@capnum/contracts';
import { api, apiDownload, type DownloadedFile } from '../../../lib/api-client.ts';

const id = (value: string) => encodeURIComponent(value);

/** The artisan-facing side of the van tour: stops, recommendations, bookings. */
export const tourApi = {
  upcomingStops: (signal?: AbortSignal) => api.get<TourStopList>('/api/tour/stops', { signal }),

  stop: (stopId: string, signal?: AbortSignal) =>
    api.get<TourStop>(`/api/tour/stops/${id(stopId)}`, { signal }),

  recommendations: (assessmentId: string, signal?: AbortSignal) =>
    api.get<Recommendations>(`/api/assessments/${id(assessmentId)}/recommendations`, { signal }),

  myRegistrations: (signal?: AbortSignal) =>
    api.get<MyRegistrationList>('/api/me/registrations', { signal }),

  register: (sessionId: string) =>
    api.post<Registration>(`/api/sessions/${id(sessionId)}/registrations`),

  cancel: (sessionId: string) =>
    api.delete<undefined>(`/api/sessions/${id(sessionId)}/registrations/me`),

  calendar: (sessionId: string): Promise<DownloadedFile> =>
    apiDownload(`/api/sessions/${id(sessionId)}/calendar.ics`, 'text/calendar'),
};
