import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { accountText } from '../../lib/i18n/account.ts';
import { paths } from '../../lib/paths.ts';
import { usePage } from '../../lib/use-page.ts';

const words = accountText.erased;

export function AccountErasedPage() {
  usePage(words.title);
  const auth = useAuth();
  const erasedNow = (useLocation().state as { erased?: boolean } | null)?.erased === true;
  const { forget, status } = auth;
  // The account no longer exists: drop the session this tab still holds.
  useEffect(() => {
    if (erasedNow && status === 'signed-in') forget();
  }, [erasedNow, status, forget]);
  return (
    <div className="page page--narrow">
      <h1>{words.title}</h1>
      <Alert tone="success">{words.text}</Alert>
      <p>{words.again}</p>
      <p>
        <Link to={paths.home}>{words.home}</Link>
      </p>
    </div>
  );
}
