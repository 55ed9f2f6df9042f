import type { Registrant, StaffSession } from '@capnum/contracts';
import { frenchDate, frenchTime, frenchTimeRange } from '@capnum/contracts/paris-time';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { ConfirmAction } from '../../components/ui/confirm-action.tsx';
import { DataTable } from '../../components/ui/data-table.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { ApiRequestError } from '../../lib/api-client.ts';
import { staffText } from '../../lib/i18n/staff.ts';
import { paths, pathTo } from '../../lib/paths.ts';
import { errorMessage, useApiData } from '../../lib/use-api-data.ts';
import { loadStopDetails, staffApi } from './api/staff-api.ts';
import { SessionForm } from './components/session-form.tsx';
import { StaffPage } from './staff-page.tsx';

function registrantStatus(registrant: Registrant): string {
  const words = staffText.session.status;
  if (registrant.status === 'waitlisted') return words.waitlisted(registrant.waitlistPosition);
  return words[registrant.status];
}

/** One session: its figures, its registrants with attendance, editing, cancelling, deleting. */
export function StaffSessionPage() {
  const { stopId = '', sessionId = '' } = useParams();
  const words = staffText.session;
  const navigate = useNavigate();
  const load = useCallback(
    async (signal: AbortSignal) => {
      const [{ stop, sessions, workshops, tour }, registrants] = await Promise.all([
        loadStopDetails(stopId, signal),
        staffApi.registrants(sessionId, signal),
      ]);
      const session = sessions.find((candidate) => candidate.id === sessionId);
      if (!session) {
        throw new ApiRequestError({
          statusCode: 404,
          code: 'SESSION_NOT_FOUND',
          message: words.notFound,
        });
      }
      return { stop, session, workshops, tour, registrants };
    },
    [stopId, sessionId],
  );
  const { state, reload } = useApiData(load);
  const title = state.status === 'loaded' ? state.data.session.workshop.title : words.fallbackTitle;
  const [notice, setNotice] = useState<string | null>(null);
  // Attendance ticked on this page, until the next load brings it from the API.
  const [marked, setMarked] = useState<Readonly<Record<string, Registrant>>>({});

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new load supersedes what was ticked here.
  useEffect(() => setMarked({}), [state]);

  const loaded = state.status === 'loaded' ? state.data : undefined;

  return (
    <StaffPage
      title={title}
      crumbs={[
        { label: staffText.tours.title, to: paths.staffTours },
        ...(loaded?.tour
          ? [{ label: loaded.tour.name, to: pathTo.staffTour(loaded.tour.id) }]
          : []),
        ...(loaded
          ? [
              {
                label: staffText.stop.title(loaded.stop.communeName, frenchDate(loaded.stop.date)),
                to: pathTo.staffStop(loaded.stop.id),
              },
            ]
          : []),
      ]}
    >
      <Notice message={notice} />
      <Loaded state={state} reload={reload} loading={words.loading} retry={staffText.retry}>
        {({ stop, session, workshops, registrants: loadedRegistrants }) => {
          const registrants = loadedRegistrants.map((row) => marked[row.id] ?? row);
          const started = new Date(session.startsAt).getTime() <= Date.now();
          const live = session.confirmedCount + session.waitlistedCount;
          return (
            <>
              <p className="lead">
                {words.when(
                  frenchDate(stop.date),
                  frenchTimeRange(session.startsAt, session.endsAt),
                  staffText.stop.address(stop.address, stop.communeName),
                )}
              </p>
              {session.cancelled && <Alert tone="error">{words.cancelledNotice}</Alert>}
              <SessionFigures
                session={session}
                attended={registrants.filter((row) => row.status === 'attended').length}
              />

              <section aria-labelledby="registrants-title">
                <h2 id="registrants-title">{words.registrantsTitle}</h2>
                {registrants.length === 0 ? (
                  <p className="empty-state">{words.noRegistrant}</p>
                ) : (
                  <>
                    {!started && !session.cancelled && (
                      <p>
                        {words.attendanceLater(frenchDate(stop.date), frenchTime(session.startsAt))}
                      </p>
                    )}
                    <RegistrantTable
                      registrants={registrants}
                      attendance={started && !session.cancelled}
                      onSaved={(saved) =>
                        setMarked((current) => ({ ...current, [saved.id]: saved }))
                      }
                    />
                  </>
                )}
              </section>

              {!session.cancelled && (
                <section className="staff-panel" aria-labelledby="session-edit-title">
                  <h2 id="session-edit-title">{words.editTitle}</h2>
                  <SessionForm
                    key={`${session.workshop.id}-${session.startsAt}-${session.endsAt}-${session.capacity}`}
                    stopId={stop.id}
                    stopDate={stop.date}
                    workshops={workshops}
                    session={session}
                    onSaved={() => {
                      setNotice(words.updated);
                      reload();
                    }}
                  />
                </section>
              )}

              {!session.cancelled && (
                <section className="staff-panel" aria-labelledby="session-cancel-title">
                  <h2 id="session-cancel-title">{words.cancelTitle}</h2>
                  <p>{words.cancelIntro}</p>
                  <ConfirmAction
                    label={words.cancel}
                    question={words.cancelQuestion(session.workshop.title)}
                    consequence={words.cancelConsequence(live)}
                    confirmLabel={words.cancelConfirm}
                    busyLabel={words.cancelling}
                    onConfirm={async () => {
                      await staffApi.updateSession(session.id, { cancelled: true });
                      setNotice(words.cancelledDone(live));
                      reload();
                    }}
                  />
                </section>
              )}

              <section className="staff-panel" aria-labelledby="session-delete-title">
                <h2 id="session-delete-title">{words.deleteTitle}</h2>
                <p>{words.deleteIntro}</p>
                <ConfirmAction
                  label={words.delete}
                  question={words.deleteQuestion(session.workshop.title)}
                  confirmLabel={words.deleteConfirm}
                  busyLabel={words.deleting}
                  onConfirm={async () => {
                    await staffApi.deleteSession(session.id);
                    navigate(pathTo.staffStop(stop.id));
                  }}
                />
              </section>
            </>
          );
        }}
      </Loaded>
    </StaffPage>
  );
}

function SessionFigures({ session, attended }: { session: StaffSession; attended: number }) {
  const words = staffText.session.figures;
  const figures = [
    [words.capacity, session.capacity],
    [words.confirmed, session.confirmedCount],
    [words.waitlisted, session.waitlistedCount],
    [words.attended, attended],
    [words.seatsLeft, session.seatsLeft],
  ] as const;
  return (
    <dl className="figures">
      {figures.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface RegistrantTableProps {
  /** By arrival, with the attendance already saved on this page. */
  registrants: Registrant[];
  /** The session has started: confirmed people can be marked present. */
  attendance: boolean;
  onSaved: (registrant: Registrant) => void;
}

function RegistrantTable({ registrants, attendance, onSaved }: RegistrantTableProps) {
  const words = staffText.session;
  // Ticked at once, while the API confirms.
  const [pending, setPending] = useState<Readonly<Record<string, Registrant['status']>>>({});
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const rows = [...registrants]
    .sort((left, right) => left.arrival - right.arrival)
    .map((row) => ({ ...row, status: pending[row.id] ?? row.status }));

  async function toggle(registrant: Registrant, attended: boolean) {
    setError(null);
    setPending((current) => ({ ...current, [registrant.id]: attended ? 'attended' : 'confirmed' }));
    try {
      const saved = await staffApi.markAttendance(registrant.id, attended);
      onSaved(saved);
      setAnnouncement(
        attended ? words.markedPresent(saved.businessName) : words.markedAbsent(saved.businessName),
      );
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setPending(({ [registrant.id]: _done, ...others }) => others);
    }
  }

  return (
    <>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      <DataTable namedRows caption={words.registrantsCaption(rows.length)}>
        <thead>
          <tr>
            <th scope="col">{words.columns.arrival}</th>
            <th scope="col">{words.columns.business}</th>
            <th scope="col">{words.columns.email}</th>
            <th scope="col">{words.columns.commune}</th>
            <th scope="col">{words.columns.status}</th>
            {attendance && <th scope="col">{words.columns.attendance}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((registrant, index) => {
            const checkboxId = `attendance-${registrant.id}`;
            const markable = registrant.status === 'confirmed' || registrant.status === 'attended';
            return (
              <tr key={registrant.id}>
                <td className="data-table__number">{index + 1}</td>
                <th scope="row">{registrant.businessName}</th>
                <td>
                  <a href={`mailto:${registrant.email}`}>{registrant.email}</a>
                </td>
                <td>{registrant.communeName}</td>
                <td>
                  <span className={`registration-status registration-status--${registrant.status}`}>
                    {registrantStatus(registrant)}
                  </span>
                </td>
                {attendance && (
                  <td>
                    {markable ? (
                      <span className="attendance">
                        <input
                          id={checkboxId}
                          type="checkbox"
                          className="choice__input"
                          checked={registrant.status === 'attended'}
                          aria-busy={registrant.id in pending || undefined}
                          onChange={(event) => {
                            if (!(registrant.id in pending)) {
                              toggle(registrant, event.target.checked);
                            }
                          }}
                        />
                        <label htmlFor={checkboxId}>
                          {words.present}
                          <span className="visually-hidden"> : {registrant.businessName}</span>
                        </label>
                      </span>
                    ) : (
                      <span className="data-table__muted">{words.notMarkable}</span>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </DataTable>
    </>
  );
}
