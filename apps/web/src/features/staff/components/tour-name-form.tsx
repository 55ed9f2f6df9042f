import type { Tour } from '@capnum/contracts';
import type { FormEvent } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { FormFeedback, fieldError } from '../../../components/ui/form-feedback.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { missingFields } from '../../../lib/forms/form-problem.ts';
import { useFormSubmission } from '../../../lib/forms/use-form-submission.ts';
import { staffText } from '../../../lib/i18n/staff.ts';
import { staffApi } from '../api/staff-api.ts';

interface TourNameFormProps {
  /** Absent: a new tour. */
  tour?: Tour;
  onSaved: (tour: Tour) => void;
}

/** Names a new tour, or renames one. */
export function TourNameForm({ tour, onSaved }: TourNameFormProps) {
  const words = staffText.tourForm;
  const nameId = tour ? `tour-${tour.id}-name` : 'tour-new-name';
  const { problem, attempt, saving, fail, send } = useFormSubmission();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name') ?? '').trim();
    const missing = missingFields({ name }, { name: words.required });
    if (missing) return fail(missing);
    await send(async () => {
      const saved = tour
        ? await staffApi.renameTour(tour.id, { name })
        : await staffApi.createTour({ name });
      if (!tour) form.reset();
      onSaved(saved);
    });
  }

  return (
    <form className="form staff-form" noValidate onSubmit={handleSubmit}>
      <FormFeedback problem={problem} fieldIds={{ name: nameId }} attempt={attempt} />
      <TextField
        id={nameId}
        name="name"
        label={words.nameLabel}
        hint={tour ? undefined : words.nameHint}
        defaultValue={tour?.name}
        error={fieldError(problem, 'name')}
        required
        maxLength={120}
      />
      <Button type="submit" busy={saving} busyLabel={words.saving}>
        {tour ? words.rename : words.create}
      </Button>
    </form>
  );
}
