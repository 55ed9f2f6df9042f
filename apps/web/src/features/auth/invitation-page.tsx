import type { AuthResponse } from '@capnum/contracts';
import { passwordProblem } from '@capnum/contracts/rules';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { FormFeedback, fieldError } from '../../components/ui/form-feedback.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { useFormSubmission } from '../../lib/forms/use-form-submission.ts';
import { accountLinksText } from '../../lib/i18n/account-links.ts';
import { paths, roleHomePath } from '../../lib/paths.ts';
import { usePage } from '../../lib/use-page.ts';

const words = accountLinksText.invitation;

/** Where the invitation e-mail's link lands: choose a password, and be signed in. */
export function InvitationPage() {
  usePage(words.title);
  const [params] = useSearchParams();
  const token = params.get('jeton') ?? '';
  const auth = useAuth();
  const navigate = useNavigate();
  const form = useFormSubmission();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    const problem = passwordProblem(password);
    if (problem) return form.fail({ message: problem, fields: { password: problem } });
    await form.send(async () => {
      const session = await api.post<AuthResponse>('/api/auth/invitations/accept', {
        token,
        password,
      });
      const user = await auth.signInWith(session.accessToken);
      navigate(roleHomePath[user.role], { replace: true });
    });
  }

  return (
    <div className="page page--narrow">
      <h1>{words.title}</h1>
      {!token ? (
        <Alert tone="error">{words.missingToken}</Alert>
      ) : (
        <>
          <p className="lead">{words.intro}</p>
          <form className="form" noValidate onSubmit={submit}>
            <FormFeedback
              problem={form.problem}
              fieldIds={{ password: 'invitation-password' }}
              attempt={form.attempt}
            />
            <TextField
              id="invitation-password"
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
        <Link to={paths.login}>{words.toLogin}</Link>
      </p>
    </div>
  );
}
