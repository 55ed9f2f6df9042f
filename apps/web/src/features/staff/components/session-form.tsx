import type { SessionPatch, StaffSession, ThemeKey, Workshop } from '@capnum/contracts';
import { frenchDate, parisInstantText, parisTime } from '@capnum/contracts/paris-time';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { FormFeedback, fieldError } from '../../../components/ui/form-feedback.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { missingFields } from '../../../lib/forms/form-problem.ts';
import { useFormSubmission } from '../../../lib/forms/use-form-submission.ts';
import { text } from '../../../lib/i18n/index.ts';
import { staffText } from '../../../lib/i18n/staff.ts';
import { staffApi } from '../api/staff-api.ts';

const DEFAULT_CAPACITY = '12';

/** 'HH:MM' plus minutes, within the day ('' when it would pass midnight). */
function addMinutes(time: string, minutes: number): string {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const total = hours * 60 + mins + minutes;
  if (total >= 24 * 60) return '';
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function workshopGroups(workshops: readonly Workshop[]) {
  return (Object.keys(text.themes) as ThemeKey[]).flatMap((theme) => {
    const options = workshops
      .filter((workshop) => workshop.theme === theme)
      .map((workshop) => ({
        value: workshop.id,
        label: staffText.sessionForm.workshopOption(
          workshop.title,
          text.workshopLevels[workshop.level],
          workshop.durationMinutes,
        ),
      }));
    return options.length > 0 ? [{ label: text.themes[theme].label, options }] : [];
  });
}

interface SessionFormProps {
  stopId: string;
  /** The stop's day, 'YYYY-MM-DD': a session starts and ends on it (Paris time). */
  stopDate: string;
  workshops: readonly Workshop[];
  /** Absent: a new session. */
  session?: StaffSession;
  onSaved: (session: StaffSession) => void;
}

/** Schedules a workshop at a stop, or changes a session's workshop, times or seats. */
export function SessionForm({ stopId, stopDate, workshops, session, onSaved }: SessionFormProps) {
  const words = staffText.sessionForm;
  const prefix = session ? `session-${session.id}` : 'session-new';
  const fieldIds = {
    workshopId: `${prefix}-workshop`,
    startsAt: `${prefix}-start`,
    endsAt: `${prefix}-end`,
    capacity: `${prefix}-capacity`,
  };
  const initial = {
    workshopId: session?.workshop.id ?? '',
    start: session ? parisTime(session.startsAt) : '',
    end: session ? parisTime(session.endsAt) : '',
    capacity: session ? String(session.capacity) : DEFAULT_CAPACITY,
  };
  const [values, setValues] = useState(initial);
  const { problem, attempt, saving, fail, send } = useFormSubmission();

  const durationOf = (workshopId: string) =>
    workshops.find((workshop) => workshop.id === workshopId)?.durationMinutes;

  // An empty end follows the workshop's duration, so most sessions need only a start.
  function update(change: Partial<typeof values>) {
    setValues((current) => {
      const next = { ...current, ...change };
      const duration = durationOf(next.workshopId);
      if (
        !session &&
        next.start &&
        duration &&
        (!current.end || current.end === suggestedEnd(current))
      ) {
        next.end = addMinutes(next.start, duration);
      }
      return next;
    });
  }
  function suggestedEnd(current: typeof values): string {
    const duration = durationOf(current.workshopId);
    return current.start && duration ? addMinutes(current.start, duration) : '';
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = missingFields(
      {
        workshopId: values.workshopId,
        startsAt: values.start,
        endsAt: values.end,
        capacity: values.capacity,
      },
      words.required,
    );
    if (missing) return fail(missing);

    const startsAt = parisInstantText(stopDate, values.start);
    const endsAt = parisInstantText(stopDate, values.end);
    const capacity = Number(values.capacity);
    const patch: SessionPatch = session
      ? {
          ...(values.workshopId !== initial.workshopId && { workshopId: values.workshopId }),
          ...(values.start !== initial.start && { startsAt }),
          ...(values.end !== initial.end && { endsAt }),
          ...(values.capacity !== initial.capacity && { capacity }),
        }
      : {};
    if (session && Object.keys(patch).length === 0) {
      return fail({ message: words.nothingChanged, fields: {} });
    }
    await send(async () => {
      let saved: StaffSession;
      if (session) {
        saved = await staffApi.updateSession(session.id, patch);
      } else {
        saved = await staffApi.createSession({
          stopId,
          workshopId: values.workshopId,
          startsAt,
          endsAt,
          capacity,
        });
        setValues({ workshopId: '', start: '', end: '', capacity: DEFAULT_CAPACITY });
      }
      onSaved(saved);
    });
  }

  return (
    <form className="form staff-form" noValidate onSubmit={handleSubmit}>
      <FormFeedback problem={problem} fieldIds={fieldIds} attempt={attempt} />
      <SelectField
        id={fieldIds.workshopId}
        name="workshopId"
        label={words.workshopLabel}
        placeholder={words.workshopPlaceholder}
        groups={workshopGroups(workshops)}
        value={values.workshopId}
        onChange={(event) => update({ workshopId: event.target.value })}
        error={fieldError(problem, 'workshopId')}
        required
      />
      <fieldset className="field time-range">
        <legend className="field__label">{words.timesLegend}</legend>
        <p className="field__hint">{words.timesHint(frenchDate(stopDate))}</p>
        <div className="time-range__fields">
          <TextField
            id={fieldIds.startsAt}
            name="start"
            type="time"
            step={300}
            label={words.startLabel}
            value={values.start}
            onChange={(event) => update({ start: event.target.value })}
            error={fieldError(problem, 'startsAt')}
            required
          />
          <TextField
            id={fieldIds.endsAt}
            name="end"
            type="time"
            step={300}
            label={words.endLabel}
            value={values.end}
            onChange={(event) => setValues((current) => ({ ...current, end: event.target.value }))}
            error={fieldError(problem, 'endsAt')}
            required
          />
        </div>
      </fieldset>
      <TextField
        id={fieldIds.capacity}
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        max={500}
        className="field--short"
        label={words.capacityLabel}
        hint={session ? words.capacityHintEdit : words.capacityHint}
        value={values.capacity}
        onChange={(event) => setValues((current) => ({ ...current, capacity: event.target.value }))}
        error={fieldError(problem, 'capacity')}
        required
      />
      <Button type="submit" busy={saving} busyLabel={words.saving}>
        {session ? words.saveChanges : words.create}
      </Button>
    </form>
  );
}
