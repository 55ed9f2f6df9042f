import { useState } from 'react';
import { Button } from '../components/ui/button.tsx';
import { ApiRequestError } from '../lib/api-client.ts';
import { authApi } from '../lib/auth/auth-api.ts';
import { useAuth } from '../lib/auth/auth-context.ts';
import { text } from '../lib/i18n/index.ts';

/** On every page until the address is confirmed: why bookings wait, and a new link on demand. */
export function EmailConfirmationBanner() {
  const auth = useAuth();
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; message: string } | null>(
    null,
  );
  if (auth.status !== 'signed-in' || auth.user.emailConfirmed) return null;
  const words = text.emailConfirmation;
  const email = auth.user.email;

  async function resend() {
    setSending(true);
    setOutcome(null);
    try {
      await authApi.resendConfirmation();
      setOutcome({ tone: 'success', message: words.resent(email) });
    } catch (error) {
      const message = error instanceof ApiRequestError ? error.message : text.errors.unexpected;
      setOutcome({ tone: 'error', message });
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="confirmation-banner" aria-label={words.title}>
      <p>{words.bannerText(email)}</p>
      <Button variant="secondary" busy={sending} busyLabel={words.resending} onClick={resend}>
        {words.resend}
      </Button>
      <div role="status">
        {outcome && <p className={`alert alert--${outcome.tone}`}>{outcome.message}</p>}
      </div>
    </section>
  );
}
