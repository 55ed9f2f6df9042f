import type { PasswordChanged, PasswordResetAccepted } from '@capnum/contracts';
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
import { NewPasswordForm } from './new-password-form.tsx';

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
  const [done, setDone] = useState(false);

  async function change(password: string) {
    await api.post<PasswordChanged>('/api/auth/password-reset/confirm', { token, password });
    setDone(true);
  }

  return (
    <div className="page page--narrow">
      <h1>{words.newTitle}</h1>
      {!token && <Alert tone="error">{words.missingToken}</Alert>}
      {done && <Alert tone="success">{words.changed}</Alert>}
      {token && !done && (
        <>
          <p className="lead">{words.newIntro}</p>
          <NewPasswordForm
            id="reset-password"
            words={{
              passwordLabel: words.passwordLabel,
              passwordHint: words.passwordHint,
              save: words.save,
              saving: words.saving,
            }}
            onPassword={change}
          />
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
