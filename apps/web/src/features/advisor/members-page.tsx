import { frenchShortDate } from '@capnum/contracts/paris-time';
import { levelLabels, themeShortLabels } from '@capnum/scoring/labels';
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../components/ui/data-table.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { PageShell } from '../../components/ui/page-shell.tsx';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { advisorText } from '../../lib/i18n/advisor.ts';
import { pathTo } from '../../lib/paths.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { advisorApi } from './api/advisor-api.ts';
import { filterNames, MemberFilters } from './member-filters.tsx';
import { shortDate } from './member-parts.tsx';
import './advisor.css';

const words = advisorText;

/** The advisor's home: their members, searched and filtered, and the van days to prepare. */
export function MembersPage() {
  const auth = useAuth();
  const [params, setParams] = useSearchParams();
  const query = new URLSearchParams();
  for (const name of [...filterNames, 'page'] as const) {
    const value = params.get(name);
    if (value) query.set(name, value);
  }
  const search = query.size > 0 ? `?${query}` : '';
  const loadMembers = useCallback(
    (signal: AbortSignal) => advisorApi.members(search, signal),
    [search],
  );
  const members = useApiData(loadMembers);
  const loadStops = useCallback((signal: AbortSignal) => advisorApi.upcomingStops(signal), []);
  const stops = useApiData(loadStops);
  const upcoming = stops.state.status === 'loaded' ? stops.state.data.stops : [];
  const chamber = auth.status === 'signed-in' ? auth.user.chamber : null;

  const goToPage = (page: number) => {
    const next = new URLSearchParams(query);
    if (page > 1) next.set('page', String(page));
    else next.delete('page');
    setParams(next);
  };

  return (
    <PageShell title={words.title}>
      {chamber && <p className="lead">{words.lead(chamber.name)}</p>}
      <MemberFilters
        values={query}
        departements={chamber?.departements ?? []}
        stops={upcoming}
        onApply={setParams}
      />
      <Loaded
        state={members.state}
        reload={members.reload}
        loading={words.loading}
        retry={words.retry}
      >
        {({ items, total, page, pageSize }) => {
          const pages = Math.max(1, Math.ceil(total / pageSize));
          return items.length === 0 ? (
            <p className="empty-state">{words.empty}</p>
          ) : (
            <>
              <DataTable namedRows caption={words.caption(total, page, pages)}>
                <thead>
                  <tr>
                    <th scope="col">{words.columns.business}</th>
                    <th scope="col">{words.columns.commune}</th>
                    <th scope="col" className="data-table__number">
                      {words.columns.score}
                    </th>
                    <th scope="col">{words.columns.level}</th>
                    <th scope="col">{words.columns.weakest}</th>
                    <th scope="col">{words.columns.lastAssessment}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((member) => (
                    <tr key={member.id}>
                      <th scope="row">
                        <Link to={pathTo.advisorMember(member.id)}>{member.businessName}</Link>
                      </th>
                      <td>
                        {member.communeName} ({member.departement})
                      </td>
                      <td className="data-table__number">{member.score ?? '—'}</td>
                      <td>{member.level ? levelLabels[member.level as 1 | 2 | 3 | 4] : '—'}</td>
                      <td>{member.weakestTheme ? themeShortLabels[member.weakestTheme] : '—'}</td>
                      <td>
                        {member.latestAssessmentAt
                          ? shortDate(member.latestAssessmentAt)
                          : words.noAssessment}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
              {pages > 1 && (
                <nav className="actions pagination" aria-label={words.pagination}>
                  {page > 1 && (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => goToPage(page - 1)}
                    >
                      {words.previous}
                    </button>
                  )}
                  {page < pages && (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => goToPage(page + 1)}
                    >
                      {words.next}
                    </button>
                  )}
                </nav>
              )}
            </>
          );
        }}
      </Loaded>
      <section className="advisor-stops" aria-labelledby="advisor-stops-title">
        <h2 id="advisor-stops-title">{words.stopsTitle}</h2>
        <p>{words.stopsLead}</p>
        {stops.state.status === 'loaded' && upcoming.length === 0 && <p>{words.stopsEmpty}</p>}
        <ul className="link-list">
          {upcoming.map((stop) => (
            <li key={stop.id}>
              <Link to={pathTo.advisorStopPack(stop.id)}>
                {words.stopPackLink(stop.communeName, frenchShortDate(stop.date))}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </PageShell>
  );
}
