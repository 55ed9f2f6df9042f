import { frenchShortDate } from '@capnum/contracts/paris-time';
import { useCallback } from 'react';
import { Link, useNavigate } from 'react-router';
import { Loaded } from '../../components/ui/loaded.tsx';
import { staffText } from '../../lib/i18n/staff.ts';
import { paths, pathTo } from '../../lib/paths.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePage } from '../../lib/use-page.ts';
import { staffApi } from './api/staff-api.ts';
import { Breadcrumbs } from './components/breadcrumbs.tsx';
import { DataTable } from './components/data-table.tsx';
import { TourNameForm } from './components/tour-name-form.tsx';
import './staff.css';

/** The chamber's van tours; a new one opens on its own page, to add its stops. */
export function ToursPage() {
  const words = staffText.tours;
  usePage(words.title);
  const navigate = useNavigate();
  const load = useCallback((signal: AbortSignal) => staffApi.tours(signal), []);
  const { state, reload } = useApiData(load);

  return (
    <div className="page">
      <Breadcrumbs
        crumbs={[{ label: staffText.home.title, to: paths.staffHome }, { label: words.title }]}
      />
      <h1>{words.title}</h1>
      <p className="lead">{words.lead}</p>
      <Loaded state={state} reload={reload} loading={words.loading} retry={staffText.retry}>
        {(tours) =>
          tours.length === 0 ? (
            <p className="empty-state">{words.empty}</p>
          ) : (
            <DataTable caption={words.caption(tours.length)}>
              <thead>
                <tr>
                  <th scope="col">{words.columns.name}</th>
                  <th scope="col" className="staff-table__number">
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
                    <td className="staff-table__number">{tour.stopCount}</td>
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
    </div>
  );
}
