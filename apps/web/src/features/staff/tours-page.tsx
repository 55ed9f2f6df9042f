import { frenchShortDate } from '@capnum/contracts/paris-time';
import { useCallback } from 'react';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../components/ui/data-table.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { staffText } from '../../lib/i18n/staff.ts';
import { pathTo } from '../../lib/paths.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { staffApi } from './api/staff-api.ts';
import { TourNameForm } from './components/tour-name-form.tsx';
import { StaffPage } from './staff-page.tsx';

/** The chamber's van tours; a new one opens on its own page, to add its stops. */
export function ToursPage() {
  const words = staffText.tours;
  const navigate = useNavigate();
  const load = useCallback((signal: AbortSignal) => staffApi.tours(signal), []);
  const { state, reload } = useApiData(load);

  return (
    <StaffPage title={words.title}>
      <p className="lead">{words.lead}</p>
      <Loaded state={state} reload={reload} loading={words.loading} retry={staffText.retry}>
        {(tours) =>
          tours.length === 0 ? (
            <p className="empty-state">{words.empty}</p>
          ) : (
            <DataTable namedRows caption={words.caption(tours.length)}>
              <thead>
                <tr>
                  <th scope="col">{words.columns.name}</th>
                  <th scope="col" className="data-table__number">
                    {words.columns.stops}
                  </th>
                  <th scope="col">{words.columns.from}</th>
                  <th scope="col">{words.columns.to}</th>
                </tr>
              </thead>
              <tbody>
                {tours.map((tour) => (
                  <tr key={tour.id}>
                    <th scope="row">
                      <Link to={pathTo.staffTour(tour.id)}>{tour.name}</Link>
                    </th>
                    <td className="data-table__number">{tour.stopCount}</td>
                    <td>{tour.firstDate ? frenchShortDate(tour.firstDate) : words.noDate}</td>
                    <td>{tour.lastDate ? frenchShortDate(tour.lastDate) : words.noDate}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )
        }
      </Loaded>

      <section className="staff-panel" aria-labelledby="tour-create-title">
        <h2 id="tour-create-title">{words.createTitle}</h2>
        <TourNameForm onSaved={(tour) => navigate(pathTo.staffTour(tour.id))} />
      </section>
    </StaffPage>
  );
}
