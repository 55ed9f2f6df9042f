import type {
  Aggregates,
  Impact,
  Invitation,
  InvitationBody,
  Invitations,
  Registrant,
  RegistrantList,
  SentEmails,
  SessionBody,
  SessionPatch,
  SiretConflictList,
  StaffSession,
  StaffSessionList,
  StaffStop,
  StaffStopList,
  StopBody,
  StopPatch,
  Team,
  Tour,
  TourBody,
  TourList,
  TourStop,
  VanActivity,
  Workshop,
  WorkshopBody,
  WorkshopList,
  WorkshopPatch,
} from '@capnum/contracts';
import { api } from '../../../lib/api-client.ts';

const id = (value: string) => encodeURIComponent(value);

/** The chamber staff's management of the van tour (`/api/staff/*`). */
export const staffApi = {
  impact: (search: string, signal?: AbortSignal) =>
    api.get<Impact>(`/api/staff/aggregates/impact${search}`, { signal }),
  activity: (search: string, signal?: AbortSignal) =>
    api.get<VanActivity>(`/api/staff/aggregates/activity${search}`, { signal }),
  aggregates: (search: string, signal?: AbortSignal) =>
    api.get<Aggregates>(`/api/staff/aggregates${search}`, { signal }),
  team: (signal?: AbortSignal) => api.get<Team>('/api/staff/team', { signal }),
  setScope: (advisorId: string, departements: string[]) =>
    api.put<Team>(`/api/staff/team/${id(advisorId)}/departements`, { departements }),
  rename: (userId: string, displayName: string) =>
    api.put<Team>(`/api/staff/team/${id(userId)}/display-name`, { displayName }),
  deactivate: (userId: string) => api.post<Team>(`/api/staff/team/${id(userId)}/deactivate`),
  invitations: (signal?: AbortSignal) =>
    api.get<Invitations>('/api/staff/invitations', { signal }).then((list) => list.invitations),
  invite: (body: InvitationBody) => api.post<Invitation>('/api/staff/invitations', body),
  resendInvitation: (invitationId: string) =>
    api.post<Invitation>(`/api/staff/invitations/${id(invitationId)}/resend`),
  revokeInvitation: (invitationId: string) =>
    api.delete<Invitation>(`/api/staff/invitations/${id(invitationId)}`),
  outbox: (signal?: AbortSignal) =>
    api.get<SentEmails>('/api/staff/outbox', { signal }).then((list) => list.emails),
  siretConflicts: (signal?: AbortSignal) =>
    api
      .get<SiretConflictList>('/api/staff/siret-conflicts', { signal })
      .then((list) => list.conflicts),
  markSiretReviewed: (artisanId: string) =>
    api.post<undefined>(`/api/staff/siret-conflicts/${id(artisanId)}/review`),

  workshops: (signal?: AbortSignal) =>
    api.get<WorkshopList>('/api/staff/workshops', { signal }).then((list) => list.workshops),
  createWorkshop: (body: WorkshopBody) => api.post<Workshop>('/api/staff/workshops', body),
  updateWorkshop: (workshopId: string, patch: WorkshopPatch) =>
    api.patch<Workshop>(`/api/staff/workshops/${id(workshopId)}`, patch),
  deleteWorkshop: (workshopId: string) =>
    api.delete<undefined>(`/api/staff/workshops/${id(workshopId)}`),

  tours: (signal?: AbortSignal) =>
    api.get<TourList>('/api/staff/tours', { signal }).then((list) => list.tours),
  createTour: (body: TourBody) => api.post<Tour>('/api/staff/tours', body),
  renameTour: (tourId: string, body: TourBody) =>
    api.patch<Tour>(`/api/staff/tours/${id(tourId)}`, body),
  deleteTour: (tourId: string) => api.delete<undefined>(`/api/staff/tours/${id(tourId)}`),

  stops: (tourId: string, signal?: AbortSignal) =>
    api
      .get<StaffStopList>(`/api/staff/stops?tourId=${id(tourId)}`, { signal })
      .then((list) => list.stops),
  /** One stop, past or upcoming, as everyone in the chamber sees it. */
  stop: (stopId: string, signal?: AbortSignal) =>
    api.get<TourStop>(`/api/tour/stops/${id(stopId)}`, { signal }),
  createStop: (body: StopBody) => api.post<StaffStop>('/api/staff/stops', body),
  updateStop: (stopId: string, patch: StopPatch) =>
    api.patch<StaffStop>(`/api/staff/stops/${id(stopId)}`, patch),
  deleteStop: (stopId: string) => api.delete<undefined>(`/api/staff/stops/${id(stopId)}`),

  sessions: (stopId: string, signal?: AbortSignal) =>
    api
      .get<StaffSessionList>(`/api/staff/sessions?stopId=${id(stopId)}`, { signal })
      .then((list) => list.sessions),
  createSession: (body: SessionBody) => api.post<StaffSession>('/api/staff/sessions', body),
  updateSession: (sessionId: string, patch: SessionPatch) =>
    api.patch<StaffSession>(`/api/staff/sessions/${id(sessionId)}`, patch),
  deleteSession: (sessionId: string) =>
    api.delete<undefined>(`/api/staff/sessions/${id(sessionId)}`),

  registrants: (sessionId: string, signal?: AbortSignal) =>
    api
      .get<RegistrantList>(`/api/staff/sessions/${id(sessionId)}/registrations`, { signal })
      .then((list) => list.registrations),
  markAttendance: (registrationId: string, attended: boolean) =>
    api.patch<Registrant>(`/api/staff/registrations/${id(registrationId)}`, { attended }),
};

/**
 * A stop with what its pages show around it: its sessions, the catalogue to
 * schedule from, and its tour (for the breadcrumbs; absent if just deleted).
 */
export async function loadStopDetails(stopId: string, signal: AbortSignal) {
  const [stop, sessions, workshops, tours] = await Promise.all([
    staffApi.stop(stopId, signal),
    staffApi.sessions(stopId, signal),
    staffApi.workshops(signal),
    staffApi.tours(signal),
  ]);
  const tour = tours.find((candidate) => candidate.id === stop.tourId);
  return { stop, sessions, workshops, tour };
}
