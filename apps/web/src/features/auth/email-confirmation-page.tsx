import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { LoadingState } from '../../components/ui/loading-state.tsx';
import { ApiRequestError } from '../../lib/api-client.ts';
import { authApi } from '../../lib/auth/auth-api.ts';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { text } from '../../lib/i18n/index.ts';
import { paths } from '../../lib/paths.ts';
import { usePage } from '../../lib/use-page.ts';

type Outcome =
  | { status: 'confirming' }
  | { status: 'confirmed'; email: string }
  | { status: 'failed'; message: string };

/** Where the confirmation e-mail's link lands: confirms once, says so, and what comes next. */
export function EmailConfirmationPage() {
  const words = text.emailConfirmation;
  usePage(words.title);
  const auth = useAuth();
  const [params] = useSearchParams();
  const token = params.get('jeton') ?? '';
  const [outcome, setOutcome] = useState<Outcome>(
    token ? { status: 'confirming' } : { status: 'failed', message: words.missingToken },
  );
  const signedIn = auth.status === 'signed-in';
  const { reloadUser } = auth;

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    authApi.confirmEmail(token).then(
      (confirmed) => {
        if (!cancelled) setOutcome({ status: 'confirmed', email: confirmed.email });
      },
      (error: unknown) => {
        if (cancelled) return;
        const message = error instanceof ApiRequestError ? error.message : text.errors.unexpected;
        setOutcome({ status: 'failed', message });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [token]);

  // The banner and the booking buttons read the account: refresh it once confirmed.
  useEffect(() => {
    if (outcome.status === 'confirmed' && signedIn) reloadUser().catch(() => undefined);
  }, [outcome.status, signedIn, reloadUser]);

  return (
    <div className="page page--narrow">
      <h1>{words.title}</h1>
      {outcome.status === 'confirming' && <LoadingState message={words.confirming} />}
      {outcome.status === 'confirmed' && (
        <>
          <Alert tone="success">{words.confirmed(outcome.email)}</Alert>
          <p>{words.confirmedNext}</p>
        </>
      )}
      {outcome.status === 'failed' && <Alert tone="error">{outcome.message}</Alert>}
      {outcome.status !== 'confirming' && (
        <p>
          {signedIn ? (
            <Link to={paths.artisanHome}>{words.toMySpace}</Link>
          ) : (
            <Link to={paths.login}>{words.toLogin}</Link>
          )}
        </p>
      )}
    </div>
  );
}
