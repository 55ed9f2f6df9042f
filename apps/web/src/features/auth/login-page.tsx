import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { ApiRequestError } from '../../lib/api-client.ts';
import { type LoginPageState, useAuth } from '../../lib/auth/auth-context.ts';
import { text } from '../../lib/i18n/index.ts';
import { paths, roleHomePath } from '../../lib/paths.ts';
import { usePage } from '../../lib/use-page.ts';

export function LoginPage() {
  const words = text.login;
  usePage(words.title);
  const auth = useAuth();
  const location = useLocation();
  const arrival = (location.state ?? {}) as LoginPageState;
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const errorAlert = useRef<HTMLDivElement>(null);
  // After a refusal, focus goes to the message, however the form was sent (a click leaves
  // focus on a button that is disabled while sending, so the keyboard would start over).
  // biome-ignore lint/correctness/useExhaustiveDependencies: on each failed attempt.
  useEffect(() => {
    if (error) errorAlert.current?.focus();
  }, [error, attempt]);

  if (auth.status === 'signed-in') {
    // Back to the page the guard stopped them at; the guard there re-checks the role.
    return <Navigate to={arrival.from ?? roleHomePath[auth.user.role]} replace />;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    setAttempt((count) => count + 1);
    if (!email || !password) {
      setError(words.missingCredentials);
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      await auth.login({ email, password });
    } catch (failure) {
      setError(failure instanceof ApiRequestError ? failure.message : text.errors.unexpected);
      setSubmitting(false);
    }
  }

  let arrivalMessage: string | undefined;
  if (arrival.reason === 'logged-out') arrivalMessage = words.loggedOut;
  else if (arrival.reason === 'expired') arrivalMessage = words.sessionExpired;

  return (
    <div className="page page--narrow">
      <h1>{words.title}</h1>
      {arrivalMessage && !error && <Alert tone="info">{arrivalMessage}</Alert>}
      <p className="lead">{words.intro}</p>
      {/* The key re-creates the alert so the same message is announced again on a new attempt. */}
      <div className="alert-slot">
        {error && (
          <Alert key={attempt} ref={errorAlert} tone="error">
            {error}
          </Alert>
        )}
      </div>
      <form className="form" noValidate onSubmit={handleSubmit}>
        <TextField
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          label={words.emailLabel}
          required
        />
        <TextField
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          label={words.passwordLabel}
          required
        />
        <Button type="submit" busy={submitting} busyLabel={words.submitting}>
          {words.submit}
        </Button>
      </form>
      <p className="form__aside">
        <Link to={paths.passwordForgotten}>{words.forgotten}</Link>
      </p>
      <p className="form__aside">
        {words.noAccount} <Link to={paths.signup}>{words.signupLink}</Link>
      </p>
    </div>
  );
}
