import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmStep, useConfirmation } from '../../../components/ui/confirm-step.tsx';
import { tourText } from '../../../lib/i18n/tour.ts';
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
  const confirmation = useConfirmation(async () => {
    await tourApi.cancel(sessionId);
    onCancelled();
  });

  if (confirmation.step === 'idle') {
    return (
      <>
        <Button ref={confirmation.startButton} variant="secondary" onClick={confirmation.ask}>
          {words.cancel}
          <span className="visually-hidden"> : {title}</span>
        </Button>
        {confirmation.error && <Alert tone="error">{confirmation.error}</Alert>}
      </>
    );
  }

  return (
    <ConfirmStep
      confirmation={confirmation}
      question={words.cancelQuestion(title)}
      confirmLabel={words.cancelConfirm}
      busyLabel={words.cancelling}
      keepLabel={words.cancelKeep}
    />
  );
}
