import type { PasswordChanged, PasswordResetAccepted } from '@capnum/contracts';
import { passwordProblem } from '@capnum/contracts/rules';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { FormFeedback, fieldError } from '../../components/ui/form-feedback.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { api } from '../../lib/api-client.ts';
import { useFormSubmission } from '../../lib/forms/use-form-submission.ts';
import { accountLinksText } from '../../lib/i18n/account-links.ts';
import { paths } from '../../lib/paths.ts';
import { usePage } from '../../lib/use-page.ts';

const words = accountLinksText.passwordReset;

/** "Mot de passe oublié": asks for the address, says the same thing whether it has an account. */
export function PasswordForgottenPage() {
  usePage(words.title);
  const form = useFormSubmission();
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    if (!email) return form.fail({ message: words.required, fields: { email: words.required } });
    await form.send(async () => {
      const answer = await api.post<PasswordResetAccepted>('/api/auth/password-reset', { email });
      setSentTo(answer.email);
    });
  }

  return (
    <div className="page page--narrow">
      <h1>{words.title}</h1>
      {sentTo ? (
        <Alert tone="success">{words.sent(sentTo)}</Alert>
      ) : (
        <>
          <p className="lead">{words.intro}</p>
          <form className="form" noValidate onSubmit={submit}>
            <FormFeedback
              problem={form.problem}
              fieldIds={{ email: 'reset-email' }}
              attempt={form.attempt}
            />
            <TextField
              id="reset-email"
              name="email"
              type="email"
              autoComplete="username"
              label={words.emailLabel}
              error={fieldError(form.problem, 'email')}
              required
            />
            <Button type="submit" busy={form.saving} busyLabel={words.submitting}>
              {words.submit}
            </Button>
          </form>
        </>
      )}
      <p className="form__aside">
        <Link to={paths.login}>{words.toLogin}</Link>
      </p>
    </div>
  );
}

/** Where the e-mail's link lands: the new password, once. */
export function PasswordResetPage() {
  usePage(words.newTitle);
  const [params] = useSearchParams();
  const token = params.get('jeton') ?? '';
  const form = useFormSubmission();
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    const problem = passwordProblem(password);
    if (problem) return form.fail({ message: problem, fields: { password: problem } });
    await form.send(async () => {
      await api.post<PasswordChanged>('/api/auth/password-reset/confirm', { token, password });
      setDone(true);
    });
  }

  return (
    <div className="page page--narrow">
      <h1>{words.newTitle}</h1>
      {!token && <Alert tone="error">{words.missingToken}</Alert>}
      {done && <Alert tone="success">{words.changed}</Alert>}
      {token && !done && (
        <>
          <p className="lead">{words.newIntro}</p>
          <form className="form" noValidate onSubmit={submit}>
            <FormFeedback
              problem={form.problem}
              fieldIds={{ password: 'reset-password' }}
              attempt={form.attempt}
            />
            <TextField
              id="reset-password"
              name="password"
              type="password"
              autoComplete="new-password"
              label={words.passwordLabel}
              hint={words.passwordHint}
              error={fieldError(form.problem, 'password')}
              required
            />
            <Button type="submit" busy={form.saving} busyLabel={words.saving}>
              {words.save}
            </Button>
          </form>
        </>
      )}
      <p className="form__aside">
        {done ? (
          <Link to={paths.login}>{words.toLogin}</Link>
        ) : (
          <Link to={paths.passwordForgotten}>{words.askAgain}</Link>
        )}
      </p>
    </div>
  );
}
