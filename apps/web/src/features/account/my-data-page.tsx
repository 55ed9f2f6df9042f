import type { MyData } from '@capnum/contracts';
import { frenchShortDate, frenchTime, parisDate } from '@capnum/contracts/paris-time';
import { useCallback } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { FormFeedback } from '../../components/ui/form-feedback.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { PageShell } from '../../components/ui/page-shell.tsx';
import { api } from '../../lib/api-client.ts';
import { useFormSubmission } from '../../lib/forms/use-form-submission.ts';
import { accountText } from '../../lib/i18n/account.ts';
import { text } from '../../lib/i18n/index.ts';
import { signupText } from '../../lib/i18n/signup.ts';
import { paths } from '../../lib/paths.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { downloadMyData } from './account-sections.tsx';

const words = accountText.myData;
const when = (instant: string) => `${frenchShortDate(parisDate(instant))} à ${frenchTime(instant)}`;

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function MyDataView({ data }: { data: MyData }) {
  const { account, business } = data;
  return (
    <>
      <p>{words.exportedAt(when(data.exportedAt))}</p>
      <Section id="data-account" title={words.account}>
        <dl className="facts">
          <dt>{words.email}</dt>
          <dd>{account.email}</dd>
          <dt>{words.chamber}</dt>
          <dd>{account.chamber}</dd>
          <dt>{words.createdAt}</dt>
          <dd>{when(account.createdAt)}</dd>
          <dt>{words.confirmedAt}</dt>
          <dd>{account.emailConfirmedAt ? when(account.emailConfirmedAt) : words.none}</dd>
          <dt>{words.lastSeenAt}</dt>
          <dd>{when(account.lastSeenAt)}</dd>
        </dl>
      </Section>
      <Section id="data-business" title={words.business}>
        <dl className="facts">
          <dt>{words.businessName}</dt>
          <dd>{business.businessName}</dd>
          <dt>{words.siret}</dt>
          <dd>{business.siret}</dd>
          <dt>{words.trade}</dt>
          <dd>{business.trade}</dd>
          <dt>{signupText.sectorLegend}</dt>
          <dd>{signupText.sectors[business.sector].label}</dd>
          <dt>{words.commune}</dt>
          <dd>
            {business.communeName} ({business.departement})
          </dd>
          <dt>{signupText.employeeBandLegend}</dt>
          <dd>{text.employeeBands[business.employeeBand]}</dd>
          <dt>{words.website}</dt>
          <dd>{business.website ?? words.none}</dd>
        </dl>
      </Section>
      <Section id="data-assessments" title={words.assessments}>
        {data.assessments.length === 0 ? (
          <p>{words.assessmentsEmpty}</p>
        ) : (
          <ul>
            {data.assessments.map((assessment) => (
              <li key={assessment.id}>
                {assessment.submittedAt
                  ? words.assessmentLine(
                      when(assessment.submittedAt),
                      `${assessment.scores.overall ?? '—'} / 100`,
                    )
                  : words.draft}{' '}
                ({words.answersCount(Object.keys(assessment.answers).length)})
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="data-bookings" title={words.bookings}>
        {data.bookings.length === 0 ? (
          <p>{words.bookingsEmpty}</p>
        ) : (
          <ul>
            {data.bookings.map((booking) => (
              <li key={booking.id}>
                {booking.workshop}, {when(booking.startsAt)}, {booking.stop} :{' '}
                {words.statuses[booking.status] ?? booking.status}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="data-consents" title={words.consents}>
        {data.consentHistory.length === 0 ? (
          <p>{words.consentsEmpty}</p>
        ) : (
          <ul>
            {data.consentHistory.map((event) => (
              <li key={`${event.at}-${event.granted}`}>
                {accountText.sharing.historyItem(event.granted, when(event.at))}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="data-accesses" title={words.accesses}>
        {data.accessLog.length === 0 ? (
          <p>{words.accessesEmpty}</p>
        ) : (
          <ul>
            {data.accessLog.map((entry) => (
              <li key={`${entry.at}-${entry.sentence}`}>{entry.sentence}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="data-notes" title={words.notes}>
        {data.advisorNotes.length === 0 ? (
          <p>{words.notesEmpty}</p>
        ) : (
          <ul>
            {data.advisorNotes.map((note) => (
              <li key={`${note.at}-${note.author}`}>
                {when(note.at)}, {note.author} : « {note.text} »
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

/** Everything Cap Numérique holds about the artisan, readable, with the JSON to take away. */
export function MyDataPage() {
  const load = useCallback(
    (signal: AbortSignal) => api.get<MyData>('/api/me/export', { signal }),
    [],
  );
  const { state, reload } = useApiData(load);
  const download = useFormSubmission();
  return (
    <PageShell title={words.title} crumbs={[{ label: accountText.title, to: paths.account }]}>
      <div className="actions">
        <Button
          type="button"
          variant="secondary"
          busy={download.saving}
          busyLabel={accountText.data.downloading}
          onClick={() => download.send(downloadMyData)}
        >
          {words.download}
        </Button>
      </div>
      <FormFeedback problem={download.problem} fieldIds={{}} attempt={download.attempt} />
      <Loaded state={state} reload={reload} loading={accountText.loading} retry={accountText.retry}>
        {(data) => <MyDataView data={data} />}
      </Loaded>
    </PageShell>
  );
}
