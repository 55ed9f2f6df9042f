import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { tourText } from '../../../lib/i18n/tour.ts';
import { errorMessage } from '../../../lib/use-api-data.ts';
import { tourApi } from '../api/tour-api.ts';

interface CancelBookingProps {
  sessionId: string;
  title: string;
  onCancelled: () => void;
}

/**
 * "Annuler ma réservation" asks first: a second, explicit button confirms.
 * Focus follows the question, and comes back when the artisan keeps the seat.
 */
export function CancelBooking({ sessionId, title, onCancelled }: CancelBookingProps) {
  const words = tourText.myWorkshops;
  const [step, setStep] = useState<'idle' | 'confirming' | 'cancelling'>('idle');
  const [error, setError] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === 'confirming') confirmButton.current?.focus();
    if (step === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      startButton.current?.focus();
    }
  }, [step]);

  async function confirm() {
    setStep('cancelling');
    setError(null);
    try {
      await tourApi.cancel(sessionId);
      onCancelled();
    } catch (failure) {
      setError(errorMessage(failure));
      returnFocus.current = true;
      setStep('idle');
    }
  }

  if (step === 'idle') {
    return (
      <>
        <Button ref={startButton} variant="secondary" onClick={() => setStep('confirming')}>
          {words.cancel}
          <span className="visually-hidden"> : {title}</span>
        </Button>
        {error && <Alert tone="error">{error}</Alert>}
      </>
    );
  }

  return (
    <fieldset className="confirm-step">
      <legend className="confirm-step__question">{words.cancelQuestion(title)}</legend>
      <div className="confirm-step__buttons">
        <Button
          ref={confirmButton}
          className="button--danger"
          busy={step === 'cancelling'}
          busyLabel={words.cancelling}
          onClick={confirm}
        >
          {words.cancelConfirm}
        </Button>
        <Button
          variant="secondary"
          disabled={step === 'cancelling'}
          onClick={() => {
            returnFocus.current = true;
            setStep('idle');
          }}
        >
          {words.cancelKeep}
        </Button>
      </div>
    </fieldset>
  );
}
