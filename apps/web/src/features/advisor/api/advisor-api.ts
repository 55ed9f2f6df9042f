import type { MemberFile, MemberList, MemberNote, StopPack, TourStopList } from '@capnum/contracts';
import { api } from '../../../lib/api-client.ts';

const id = (value: string) => encodeURIComponent(value);

/** What an advisor reads and writes (`/api/advisor/*`); every read of a member is logged. */
export const advisorApi = {
  members: (search: string, signal?: AbortSignal) =>
    api.get<MemberList>(`/api/advisor/members${search}`, { signal }),
  member: (artisanId: string, signal?: AbortSignal) =>
    api.get<MemberFile>(`/api/advisor/members/${id(artisanId)}`, { signal }),
  brief: (artisanId: string, signal?: AbortSignal) =>
    api.get<MemberFile>(`/api/advisor/members/${id(artisanId)}/brief`, { signal }),
  stopPack: (stopId: string, signal?: AbortSignal) =>
    api.get<StopPack>(`/api/advisor/stops/${id(stopId)}/pack`, { signal }),
  upcomingStops: (signal?: AbortSignal) => api.get<TourStopList>('/api/tour/stops', { signal }),
  addNote: (artisanId: string, text: string) =>
    api.post<MemberNote>(`/api/advisor/members/${id(artisanId)}/notes`, { text }),
  editNote: (noteId: string, text: string) =>
    api.patch<MemberNote>(`/api/advisor/notes/${id(noteId)}`, { text }),
  deleteNote: (noteId: string) => api.delete<void>(`/api/advisor/notes/${id(noteId)}`),
  planVisit: (artisanId: string, plannedOn: string | null) =>
    api.put<{ plannedVisit: string | null }>(`/api/advisor/members/${id(artisanId)}/visit`, {
      plannedOn,
    }),
};
