import type { AccessLog, Consent } from '@capnum/contracts';
import { frenchShortDate, frenchTime, parisDate } from '@capnum/contracts/paris-time';
import { type FormEvent, useCallback, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { CheckboxField } from '../../components/ui/checkbox-field.tsx';
import { FormFeedback } from '../../components/ui/form-feedback.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { PageShell } from '../../components/ui/page-shell.tsx';
import { api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { useFormSubmission } from '../../lib/forms/use-form-submission.ts';
import { accountText } from '../../lib/i18n/account.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import {
  AccountErasure,
  BusinessDetails,
  MyDataSection,
  PasswordChange,
} from './account-sections.tsx';

const words = accountText;
const when = (instant: string) => `${frenchShortDate(parisDate(instant))} à ${frenchTime(instant)}`;

function SharingConsent({ initial }: { initial: Consent }) {
  const [consent, setConsent] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useFormSubmission();

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const shareWithAdvisor = new FormData(event.currentTarget).get('shareWithAdvisor') === 'on';
    await form.send(async () => {
      const next = await api.put<Consent>('/api/me/consent', { shareWithAdvisor });
      setConsent(next);
      setNotice(shareWithAdvisor ? words.sharing.granted : words.sharing.withdrawn);
    });
  }

  return (
    <section className="card" aria-labelledby="account-sharing">
      <h2 id="account-sharing" className="card__title">
        {words.sharing.title}
      </h2>
      <p>{words.sharing.explanation}</p>
      <Notice message={notice} />
      <form onSubmit={save} noValidate>
        <FormFeedback problem={form.problem} fieldIds={{}} attempt={form.attempt} />
        <CheckboxField
          id="share-with-advisor"
          name="shareWithAdvisor"
          label={words.sharing.label}
          hint={words.sharing.textVersion(consent.textVersion)}
          defaultChecked={consent.shareWithAdvisor}
        />
        <Button type="submit" busy={form.saving} busyLabel={words.sharing.saving}>
          {words.sharing.save}
        </Button>
      </form>
      <h3>{words.sharing.historyTitle}</h3>
      {consent.history.length === 0 ? (
        <p>{words.sharing.historyEmpty}</p>
      ) : (
        <ul>
          {consent.history.map((event) => (
            <li key={`${event.at}-${event.granted}`}>
              {words.sharing.historyItem(event.granted, when(event.at))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The artisan's account: their business, their password, sharing with advisors, who read
 * their data, their data to take away, and erasure.
 */
export function AccountPage() {
  const auth = useAuth();
  const artisan = auth.status === 'signed-in' ? auth.user.artisan : undefined;
  const load = useCallback(async (signal: AbortSignal) => {
    const [consent, log] = await Promise.all([
      api.get<Consent>('/api/me/consent', { signal }),
      api.get<AccessLog>('/api/me/access-log', { signal }),
    ]);
    return { consent, log };
  }, []);
  const { state, reload } = useApiData(load);

  return (
    <PageShell title={words.title}>
      <Loaded state={state} reload={reload} loading={words.loading} retry={words.retry}>
        {({ consent, log }) => (
          <>
            {artisan && <BusinessDetails artisan={artisan} />}
            <SharingConsent initial={consent} />
            <section className="card" aria-labelledby="account-log">
              <h2 id="account-log" className="card__title">
                {words.log.title}
              </h2>
              <p>{words.log.intro}</p>
              {log.entries.length === 0 ? (
                <p>{words.log.empty}</p>
              ) : (
                <ul className="access-log">
                  {log.entries.map((entry) => (
                    <li key={entry.id}>{entry.sentence}</li>
                  ))}
                </ul>
              )}
            </section>
            <MyDataSection />
            <PasswordChange />
            <AccountErasure />
          </>
        )}
      </Loaded>
    </PageShell>
  );
}
