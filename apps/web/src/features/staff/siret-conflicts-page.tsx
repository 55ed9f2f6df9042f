import type { SiretClaim } from '@capnum/contracts';
import { frenchShortDate, parisDate } from '@capnum/contracts/paris-time';
import { useCallback, useState } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { DataTable } from '../../components/ui/data-table.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { staffText } from '../../lib/i18n/staff.ts';
import { errorMessage, useApiData } from '../../lib/use-api-data.ts';
import { staffApi } from './api/staff-api.ts';
import { StaffPage } from './staff-page.tsx';

/** An account as staff need it to judge: who, where, since when, whether the address is proved. */
function ClaimSummary({ claim }: { claim: SiretClaim }) {
  const words = staffText.siretConflicts;
  return (
    <>
      <strong>{claim.businessName}</strong>, {claim.communeName}
      <br />
      {claim.email} ({claim.emailConfirmed ? words.emailConfirmed : words.emailUnconfirmed}),{' '}
      {words.signedUp(frenchShortDate(parisDate(claim.signedUpAt)))}
    </>
  );
}

/** The SIRETs declared by a second account: staff check who is who, then mark it reviewed. */
export function SiretConflictsPage() {
  const words = staffText.siretConflicts;
  const load = useCallback((signal: AbortSignal) => staffApi.siretConflicts(signal), []);
  const { state, reload } = useApiData(load);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function review(claim: SiretClaim) {
    setBusy(claim.artisanId);
    setFailure(null);
    try {
      await staffApi.markSiretReviewed(claim.artisanId);
      setNotice(words.reviewed(claim.businessName));
      reload();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <StaffPage title={words.title}>
      <p className="lead">{words.lead}</p>
      <Notice message={notice} />
      {failure && <Alert tone="error">{failure}</Alert>}
      <Loaded state={state} reload={reload} loading={words.loading} retry={staffText.retry}>
        {(conflicts) =>
          conflicts.length === 0 ? (
            <p>{words.empty}</p>
          ) : (
            <DataTable namedRows caption={words.caption(conflicts.length)}>
              <thead>
                <tr>
                  <th scope="col">{words.columns.claim}</th>
                  <th scope="col">{words.columns.siret}</th>
                  <th scope="col">{words.columns.earlier}</th>
                  <th scope="col">{words.columns.actions}</th>
                </tr>
              </thead>
              <tbody>
                {conflicts.map((conflict) => (
                  <tr key={conflict.claim.artisanId}>
                    <th scope="row">
                      <ClaimSummary claim={conflict.claim} />
                    </th>
                    <td>{conflict.siret}</td>
                    <td>
                      {conflict.earlierClaims.length === 0 ? (
                        words.none
                      ) : (
                        <ul className="data-table__list">
                          {conflict.earlierClaims.map((earlier) => (
                            <li key={earlier.artisanId}>
                              <ClaimSummary claim={earlier} />
                            </li>
                          ))}
                        </ul>
                      )}
                      {conflict.claimsInOtherChambers > 0 && (
                        <p>{words.elsewhere(conflict.claimsInOtherChambers)}</p>
                      )}
                    </td>
                    <td>
                      <Button
                        variant="secondary"
                        className="button--small"
                        busy={busy === conflict.claim.artisanId}
                        busyLabel={words.reviewing}
                        onClick={() => review(conflict.claim)}
                      >
                        {words.review}
                        <span className="visually-hidden"> : {conflict.claim.businessName}</span>
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )
        }
      </Loaded>
    </StaffPage>
  );
}
