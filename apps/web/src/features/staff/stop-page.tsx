import { frenchDate, frenchTimeRange } from '@capnum/contracts/paris-time';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmAction } from '../../components/ui/confirm-action.tsx';
import { DataTable } from '../../components/ui/data-table.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { text } from '../../lib/i18n/index.ts';
import { staffText } from '../../lib/i18n/staff.ts';
import { paths, pathTo } from '../../lib/paths.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { loadStopDetails, staffApi } from './api/staff-api.ts';
import { SessionForm } from './components/session-form.tsx';
import { StopForm } from './components/stop-form.tsx';
import { StaffPage } from './staff-page.tsx';

/** One stop: its sessions and their seats, scheduling a session, editing or deleting the stop. */
export function StaffStopPage() {
  const { stopId = '' } = useParams();
  const words = staffText.stop;
  const navigate = useNavigate();
  const load = useCallback((signal: AbortSignal) => loadStopDetails(stopId, signal), [stopId]);
  const { state, reload } = useApiData(load);
  const title =
    state.status === 'loaded'
      ? words.title(state.data.stop.communeName, frenchDate(state.data.stop.date))
      : words.fallbackTitle;
  const [notice, setNotice] = useState<string | null>(null);

  const tour = state.status === 'loaded' ? state.data.tour : undefined;

  return (
    <StaffPage
      title={title}
      crumbs={[
        { label: staffText.tours.title, to: paths.staffTours },
        ...(tour ? [{ label: tour.name, to: pathTo.staffTour(tour.id) }] : []),
      ]}
    >
      <Notice message={notice} />
      <Loaded state={state} reload={reload} loading={words.loading} retry={staffText.retry}>
        {({ stop, sessions, workshops }) => (
          <>
            <p className="lead">{staffText.stop.address(stop.address, stop.communeName)}</p>
            {sessions.length === 0 ? (
              <p className="empty-state">{words.empty}</p>
            ) : (
              <DataTable namedRows caption={words.caption(sessions.length)}>
                <thead>
                  <tr>
                    <th scope="col">{words.columns.time}</th>
                    <th scope="col">{words.columns.workshop}</th>
                    <th scope="col">{words.columns.level}</th>
                    <th scope="col" className="data-table__number">
                      {words.columns.capacity}
                    </th>
                    <th scope="col" className="data-table__number">
                      {words.columns.confirmed}
                    </th>
                    <th scope="col" className="data-table__number">
                      {words.columns.waitlisted}
                    </th>
                    <th scope="col" className="data-table__number">
                      {words.columns.seatsLeft}
                    </th>
                    <th scope="col">{words.columns.state}</th>
                  </tr>
                </thead>
                <tbody>
                  {sessions.map((session) => (
                    <tr
                      key={session.id}
                      className={session.cancelled ? 'data-table__row--cancelled' : undefined}
                    >
                      <td className="data-table__nowrap">
                        {frenchTimeRange(session.startsAt, session.endsAt)}
                      </td>
                      <th scope="row">
                        <Link to={pathTo.staffSession(stop.id, session.id)}>
                          {session.workshop.title}
                        </Link>
                      </th>
                      <td>{text.workshopLevels[session.workshop.level]}</td>
                      <td className="data-table__number">{session.capacity}</td>
                      <td className="data-table__number">{session.confirmedCount}</td>
                      <td className="data-table__number">{session.waitlistedCount}</td>
                      <td className="data-table__number">{session.seatsLeft}</td>
                      <td>{session.cancelled ? words.cancelled : words.scheduled}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            )}

            <section className="staff-panel" aria-labelledby="session-create-title">
              <h2 id="session-create-title">{words.addSessionTitle}</h2>
              {workshops.length === 0 ? (
                <p>
                  {words.noWorkshop} <Link to={paths.staffWorkshops}>{words.toCatalogue}</Link>
                </p>
              ) : (
                <SessionForm
                  stopId={stop.id}
                  stopDate={stop.date}
                  workshops={workshops}
                  onSaved={(session) => {
                    setNotice(
                      words.sessionCreated(
                        session.workshop.title,
                        frenchTimeRange(session.startsAt, session.endsAt),
                      ),
                    );
                    reload();
                  }}
                />
              )}
            </section>

            <section className="staff-panel" aria-labelledby="stop-edit-title">
              <h2 id="stop-edit-title">{words.editTitle}</h2>
              <p>{words.editIntro}</p>
              <StopForm
                key={`${stop.communeCode}-${stop.date}-${stop.address}`}
                stop={stop}
                onSaved={() => {
                  setNotice(words.updated);
                  reload();
                }}
              />
            </section>

            <section className="staff-panel" aria-labelledby="stop-delete-title">
              <h2 id="stop-delete-title">{words.deleteTitle}</h2>
              <p>{words.deleteIntro}</p>
              <ConfirmAction
                label={words.delete}
                question={words.deleteQuestion(stop.communeName, frenchDate(stop.date))}
                consequence={words.deleteConsequence(sessions.length)}
                confirmLabel={words.deleteConfirm}
                busyLabel={words.deleting}
                onConfirm={async () => {
                  await staffApi.deleteStop(stop.id);
                  navigate(pathTo.staffTour(stop.tourId));
                }}
              />
            </section>
          </>
        )}
      </Loaded>
    </StaffPage>
  );
}
