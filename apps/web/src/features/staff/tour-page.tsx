import { frenchShortDate } from '@capnum/contracts/paris-time';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmAction } from '../../components/ui/confirm-action.tsx';
import { DataTable } from '../../components/ui/data-table.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { ApiRequestError } from '../../lib/api-client.ts';
import { staffText } from '../../lib/i18n/staff.ts';
import { paths, pathTo } from '../../lib/paths.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { staffApi } from './api/staff-api.ts';
import { StopForm } from './components/stop-form.tsx';
import { TourNameForm } from './components/tour-name-form.tsx';
import { StaffPage } from './staff-page.tsx';

/** One tour: its stops, a form to add one, renaming and deleting the tour. */
export function StaffTourPage() {
  const { tourId = '' } = useParams();
  const words = staffText.tour;
  const navigate = useNavigate();
  const load = useCallback(
    async (signal: AbortSignal) => {
      const [tours, stops] = await Promise.all([
        staffApi.tours(signal),
        staffApi.stops(tourId, signal),
      ]);
      const tour = tours.find((candidate) => candidate.id === tourId);
      if (!tour) {
        throw new ApiRequestError({
          statusCode: 404,
          code: 'TOUR_NOT_FOUND',
          message: words.notFound,
        });
      }
      return { tour, stops };
    },
    [tourId],
  );
  const { state, reload } = useApiData(load);
  const tourName = state.status === 'loaded' ? state.data.tour.name : words.fallbackTitle;
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <StaffPage title={tourName} crumbs={[{ label: staffText.tours.title, to: paths.staffTours }]}>
      <Notice message={notice} />
      <Loaded state={state} reload={reload} loading={words.loading} retry={staffText.retry}>
        {({ tour, stops }) => (
          <>
            <p className="lead">{words.lead}</p>
            {stops.length === 0 ? (
              <p className="empty-state">{words.empty}</p>
            ) : (
              <DataTable namedRows caption={words.caption(stops.length)}>
                <thead>
                  <tr>
                    <th scope="col">{words.columns.date}</th>
                    <th scope="col">{words.columns.commune}</th>
                    <th scope="col">{words.columns.address}</th>
                    <th scope="col" className="data-table__number">
                      {words.columns.sessions}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stops.map((stop) => (
                    <tr key={stop.id}>
                      <td>{frenchShortDate(stop.date)}</td>
                      <th scope="row">
                        <Link to={pathTo.staffStop(stop.id)}>
                          {staffText.tour.stopTitle(stop.communeName, stop.departement)}
                        </Link>
                      </th>
                      <td>{stop.address}</td>
                      <td className="data-table__number">{stop.sessionCount}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            )}

            <section className="staff-panel" aria-labelledby="stop-create-title">
              <h2 id="stop-create-title">{words.addStopTitle}</h2>
              <p>{words.addStopIntro}</p>
              <StopForm tourId={tour.id} onSaved={(stop) => navigate(pathTo.staffStop(stop.id))} />
            </section>

            <section className="staff-panel" aria-labelledby="tour-rename-title">
              <h2 id="tour-rename-title">{words.renameTitle}</h2>
              <TourNameForm
                key={tour.name}
                tour={tour}
                onSaved={(saved) => {
                  setNotice(words.renamed(saved.name));
                  reload();
                }}
              />
            </section>

            <section className="staff-panel" aria-labelledby="tour-delete-title">
              <h2 id="tour-delete-title">{words.deleteTitle}</h2>
              <p>{words.deleteIntro}</p>
              <ConfirmAction
                label={words.delete}
                question={words.deleteQuestion(tour.name)}
                consequence={words.deleteConsequence(tour.stopCount)}
                confirmLabel={words.deleteConfirm}
                busyLabel={words.deleting}
                onConfirm={async () => {
                  await staffApi.deleteTour(tour.id);
                  navigate(paths.staffTours);
                }}
              />
            </section>
          </>
        )}
      </Loaded>
    </StaffPage>
  );
}
