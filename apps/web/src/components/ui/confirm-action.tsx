import { text } from '../../lib/i18n/index.ts';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';
import { ConfirmStep, useConfirmation } from './confirm-step.tsx';

interface ConfirmActionProps {
  /** The first button: "Supprimer l’étape". */
  label: string;
  /** Asked before doing it: "Supprimer l’étape d’Auxerre du … ?" */
  question: string;
  /** What follows, if it cannot be undone or warns people. */
  consequence?: string;
  confirmLabel: string;
  busyLabel: string;
  /** Throws the API's error, shown next to the button. */
  onConfirm: () => Promise<void>;
}

/**
 * A destructive action in two explicit presses: the first asks, the second
 * does it. The API's refusal (409 "séance avec inscrits"…) appears right here.
 */
export function ConfirmAction({
  label,
  question,
  consequence,
  confirmLabel,
  busyLabel,
  onConfirm,
}: ConfirmActionProps) {
  const confirmation = useConfirmation(onConfirm);
  return (
    <div className="confirm-action">
      {confirmation.step === 'idle' ? (
        <Button
          ref={confirmation.startButton}
          variant="secondary"
          className="button--danger-outline"
          onClick={confirmation.ask}
        >
          {label}
        </Button>
      ) : (
        <ConfirmStep
          confirmation={confirmation}
          question={question}
          consequence={consequence}
          confirmLabel={confirmLabel}
          busyLabel={busyLabel}
          keepLabel={text.forms.keep}
        />
      )}
      {confirmation.error && (
        <Alert ref={confirmation.errorElement} tone="error">
          {confirmation.error}
        </Alert>
      )}
    </div>
  );
}
