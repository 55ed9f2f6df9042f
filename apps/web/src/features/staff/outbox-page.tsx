import type { SentEmail } from '@capnum/contracts';
import { frenchShortDate, frenchTime, parisDate } from '@capnum/contracts/paris-time';
import { type ReactNode, useCallback } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { ApiRequestError } from '../../lib/api-client.ts';
import { staffText } from '../../lib/i18n/staff.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { staffApi } from './api/staff-api.ts';
import { StaffPage } from './staff-page.tsx';

const words = staffText.outbox;
const when = (instant: string) => `${frenchShortDate(parisDate(instant))} à ${frenchTime(instant)}`;

/** The e-mail's text, with its links clickable (they are what a newcomer came for). */
function BodyWithLinks({ body }: { body: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of body.matchAll(/https?:\/\/\S+/g)) {
    const start = match.index ?? 0;
    parts.push(body.slice(last, start));
    parts.push(
      <a key={start} href={match[0]}>
        {match[0]}
      </a>,
    );
    last = start + match[0].length;
  }
  parts.push(body.slice(last));
  return <pre className="email-body">{parts}</pre>;
}

function deliveryOf(email: SentEmail): string {
  if (email.sentAt) return words.sent(when(email.sentAt));
  if (email.attempts > 0) return words.failed(email.attempts, email.lastError ?? '');
  return words.waiting;
}

/** Outside production: the chamber's outbox stands in for an inbox. */
export function OutboxPage() {
  const load = useCallback(async (signal: AbortSignal) => {
    try {
      return { emails: await staffApi.outbox(signal), available: true };
    } catch (error) {
      if (error instanceof ApiRequestError && error.statusCode === 404) {
        return { emails: [], available: false };
      }
      throw error;
    }
  }, []);
  const { state, reload } = useApiData(load);
  return (
    <StaffPage title={words.title}>
      <p className="lead">{words.lead}</p>
      <Loaded state={state} reload={reload} loading={words.loading} retry={staffText.retry}>
        {({ emails, available }) =>
          !available ? (
            <Alert tone="info">{words.unavailable}</Alert>
          ) : emails.length === 0 ? (
            <p className="empty-state">{words.empty}</p>
          ) : (
            <ol className="card-list">
              {emails.map((email) => (
                <li key={email.id} className="card">
                  <h2 className="card__title">{email.subject}</h2>
                  <p className="choice__explanation">
                    {words.to(email.to)} — {words.createdAt(when(email.createdAt))},{' '}
                    {deliveryOf(email)}
                  </p>
                  <BodyWithLinks body={email.body} />
                  {email.attachments.length > 0 && (
                    <p className="choice__explanation">
                      {words.attachments(email.attachments.join(', '))}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )
        }
      </Loaded>
    </StaffPage>
  );
}
