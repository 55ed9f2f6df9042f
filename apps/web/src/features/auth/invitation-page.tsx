import type { AuthResponse } from '@capnum/contracts';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { accountLinksText } from '../../lib/i18n/account-links.ts';
import { paths, roleHomePath } from '../../lib/paths.ts';
import { usePage } from '../../lib/use-page.ts';
import { NewPasswordForm } from './new-password-form.tsx';

const words = accountLinksText.invitation;

/** Where the invitation e-mail's link lands: choose a password, and be signed in. */
export function InvitationPage() {
  usePage(words.title);
  const [params] = useSearchParams();
  const token = params.get('jeton') ?? '';
  const auth = useAuth();
  const navigate = useNavigate();

  async function accept(password: string) {
    const session = await api.post<AuthResponse>('/api/auth/invitations/accept', {
      token,
      password,
    });
    const user = await auth.signInWith(session.accessToken);
    navigate(roleHomePath[user.role], { replace: true });
  }

  return (
    <div className="page page--narrow">
      <h1>{words.title}</h1>
      {!token ? (
        <Alert tone="error">{words.missingToken}</Alert>
      ) : (
        <>
          <p className="lead">{words.intro}</p>
          <NewPasswordForm id="invitation-password" words={words} onPassword={accept} />
        </>
      )}
      <p className="form__aside">
        <Link to={paths.login}>{words.toLogin}</Link>
      </p>
    </div>
  );
}
