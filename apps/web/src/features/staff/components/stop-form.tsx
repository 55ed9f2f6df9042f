import type { Commune, StaffStop, StopPatch, TourStopSummary } from '@capnum/contracts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { CommuneField } from '../../../components/ui/commune-field.tsx';
import { FormFeedback, fieldError } from '../../../components/ui/form-feedback.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { missingFields } from '../../../lib/forms/form-problem.ts';
import { useFormSubmission } from '../../../lib/forms/use-form-submission.ts';
import { staffText } from '../../../lib/i18n/staff.ts';
import { staffApi } from '../api/staff-api.ts';

type StopFormProps =
  | { tourId: string; stop?: undefined; onSaved: (stop: StaffStop) => void }
  | { tourId?: undefined; stop: TourStopSummary; onSaved: (stop: StaffStop) => void };

/** Adds a stop to a tour, or changes where and when an existing one is. */
export function StopForm({ tourId, stop, onSaved }: StopFormProps) {
  const words = staffText.stopForm;
  const prefix = stop ? `stop-${stop.id}` : 'stop-new';
  const fieldIds = {
    communeCode: `${prefix}-commune`,
    date: `${prefix}-date`,
    address: `${prefix}-address`,
  };
  const [commune, setCommune] = useState<Commune | null>(
    stop
      ? {
          code: stop.communeCode,
          name: stop.communeName,
          departement: stop.departement,
          postcodes: [],
        }
      : null,
  );
  const { problem, attempt, saving, fail, send } = useFormSubmission();
  // A new stop form starts again empty, the commune field included.
  const [formKey, setFormKey] = useState(0);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const date = String(data.get('date') ?? '').trim();
    const address = String(data.get('address') ?? '').trim();
    const missing = missingFields(
      { communeCode: commune?.code ?? '', date, address },
      words.required,
    );
    if (missing) return fail(missing);
    if (!commune) return; // already refused above; this tells TypeScript so

    const patch: StopPatch = stop
      ? {
          ...(commune.code !== stop.communeCode && { communeCode: commune.code }),
          ...(date !== stop.date && { date }),
          ...(address !== stop.address && { address }),
        }
      : {};
    if (stop && Object.keys(patch).length === 0) {
      return fail({ message: words.nothingChanged, fields: {} });
    }
    await send(async () => {
      let saved: StaffStop;
      if (stop) {
        saved = await staffApi.updateStop(stop.id, patch);
      } else {
        saved = await staffApi.createStop({
          tourId: tourId as string,
          communeCode: commune.code,
          date,
          address,
        });
        setCommune(null);
        setFormKey((key) => key + 1);
      }
      onSaved(saved);
    });
  }

  return (
    <form key={formKey} className="form staff-form" noValidate onSubmit={handleSubmit}>
      <FormFeedback problem={problem} fieldIds={fieldIds} attempt={attempt} />
      <CommuneField
        scope="chamber"
        id={fieldIds.communeCode}
        label={words.communeLabel}
        hint={words.communeHint}
        value={commune}
        onChange={setCommune}
        error={fieldError(problem, 'communeCode')}
      />
      <TextField
        id={fieldIds.date}
        name="date"
        type="date"
        className="field--short"
        label={words.dateLabel}
        hint={words.dateHint}
        defaultValue={stop?.date}
        error={fieldError(problem, 'date')}
        required
      />
      <TextField
        id={fieldIds.address}
        name="address"
        label={words.addressLabel}
        hint={words.addressHint}
        defaultValue={stop?.address}
        error={fieldError(problem, 'address')}
        required
        maxLength={200}
      />
      <Button type="submit" busy={saving} busyLabel={words.saving}>
        {stop ? words.saveChanges : words.create}
      </Button>
    </form>
  );
}
