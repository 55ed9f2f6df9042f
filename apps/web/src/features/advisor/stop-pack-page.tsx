import { frenchDate, frenchTime } from '@capnum/contracts/paris-time';
import { levelLabels } from '@capnum/scoring/labels';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { DataTable } from '../../components/ui/data-table.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { PageShell } from '../../components/ui/page-shell.tsx';
import { advisorText } from '../../lib/i18n/advisor.ts';
import { paths, pathTo } from '../../lib/paths.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { advisorApi } from './api/advisor-api.ts';
import { VisitBrief } from './visit-brief.tsx';
import './advisor.css';

const words = advisorText.stopPack;

/** A van day: the consenting members booked at the stop, and all their briefs, printed at once. */
export function StopPackPage() {
  const { stopId = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => advisorApi.stopPack(stopId, signal), [stopId]);
  const { state, reload } = useApiData(load);
  const stop = state.status === 'loaded' ? state.data.stop : undefined;
  const title = stop ? words.title(stop.communeName, frenchDate(stop.date)) : words.fallbackTitle;

  return (
    <PageShell
      title={title}
      crumbs={[{ label: advisorText.title, to: paths.advisorHome }]}
      className="stop-pack"
    >
      <Loaded state={state} reload={reload} loading={words.loading} retry={advisorText.retry}>
        {({ members, briefs }) =>
          members.length === 0 ? (
            <p className="empty-state">{words.empty}</p>
          ) : (
            <>
              <p className="lead">{words.lead}</p>
              <div className="actions stop-pack__tools">
                <Button onClick={() => window.print()}>{words.printAll}</Button>
              </div>
              <DataTable namedRows caption={words.caption(members.length)}>
                <thead>
                  <tr>
                    <th scope="col">{advisorText.columns.business}</th>
                    <th scope="col">{advisorText.columns.level}</th>
                    <th scope="col">{words.sessions}</th>
                  </tr>
                </thead>
                <tbody>
                  {members.map(({ member, sessions }) => (
                    <tr key={member.id}>
                      <th scope="row">
                        <Link to={pathTo.advisorMember(member.id)}>{member.businessName}</Link>
                      </th>
                      <td>{member.level ? levelLabels[member.level as 1 | 2 | 3 | 4] : '—'}</td>
                      <td>
                        <ul className="data-table__list">
                          {sessions.map((session) => (
                            <li key={session.sessionId}>
                              {frenchTime(session.startsAt)} — {session.workshopTitle} (
                              {advisorText.file.statuses[session.status]})
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
              <section className="stop-pack__briefs" aria-labelledby="stop-pack-briefs">
                <h2 id="stop-pack-briefs">{words.briefsTitle}</h2>
                {briefs.map((file) => (
                  <VisitBrief key={file.member.id} file={file} now={new Date()} />
                ))}
              </section>
            </>
          )
        }
      </Loaded>
    </PageShell>
  );
}
