import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { PageShell } from '../../components/ui/page-shell.tsx';
import { advisorText } from '../../lib/i18n/advisor.ts';
import { paths, pathTo } from '../../lib/paths.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { advisorApi } from './api/advisor-api.ts';
import { VisitBrief } from './visit-brief.tsx';
import './advisor.css';

const words = advisorText.brief;

/** The visit brief of one member, on screen and on one printed A4 page. */
export function BriefPage() {
  const { artisanId = '' } = useParams();
  const load = useCallback(
    (signal: AbortSignal) => advisorApi.brief(artisanId, signal),
    [artisanId],
  );
  const { state, reload } = useApiData(load);
  const business = state.status === 'loaded' ? state.data.member.businessName : '';
  const title = business ? words.title(business) : advisorText.file.fallbackTitle;

  return (
    <PageShell
      title={title}
      crumbs={[
        { label: advisorText.title, to: paths.advisorHome },
        { label: business || advisorText.file.fallbackTitle, to: pathTo.advisorMember(artisanId) },
      ]}
      className="brief-page"
    >
      <Loaded
        state={state}
        reload={reload}
        loading={advisorText.file.loading}
        retry={advisorText.retry}
      >
        {(file) => (
          <>
            <div className="actions brief-page__tools">
              <Button onClick={() => window.print()}>{words.print}</Button>
              <Link className="button button--secondary" to={pathTo.advisorMember(file.member.id)}>
                {words.back}
              </Link>
            </div>
            <VisitBrief file={file} now={new Date()} />
          </>
        )}
      </Loaded>
    </PageShell>
  );
}
