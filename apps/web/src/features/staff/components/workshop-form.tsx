import type { ThemeKey, Workshop, WorkshopBody, WorkshopLevel } from '@capnum/contracts';
import type { FormEvent } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { FormFeedback, fieldError } from '../../../components/ui/form-feedback.tsx';
import { RadioGroup } from '../../../components/ui/radio-group.tsx';
import { TextAreaField } from '../../../components/ui/text-area-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { missingFields } from '../../../lib/forms/form-problem.ts';
import { useFormSubmission } from '../../../lib/forms/use-form-submission.ts';
import { text } from '../../../lib/i18n/index.ts';
import { staffText } from '../../../lib/i18n/staff.ts';
import { staffApi } from '../api/staff-api.ts';

const themeOptions = (Object.keys(text.themes) as ThemeKey[]).map((theme) => ({
  value: theme,
  label: text.themes[theme].label,
}));
const levelOptions = (Object.keys(text.workshopLevels) as WorkshopLevel[]).map((level) => ({
  value: level,
  label: text.workshopLevels[level],
  hint: staffText.workshopForm.levelHints[level],
}));

interface WorkshopFormProps {
  /** Absent: a new workshop. */
  workshop?: Workshop;
  onSaved: (workshop: Workshop) => void;
}

/** Creates a catalogue workshop, or edits one (its identifier then stays as it is). */
export function WorkshopForm({ workshop, onSaved }: WorkshopFormProps) {
  const words = staffText.workshopForm;
  const prefix = workshop ? `workshop-${workshop.id}` : 'workshop-new';
  const fieldIds = {
    title: `${prefix}-title`,
    theme: `${prefix}-theme`,
    level: `${prefix}-level`,
    durationMinutes: `${prefix}-duration`,
    description: `${prefix}-description`,
    key: `${prefix}-key`,
  };
  const { problem, attempt, saving, fail, send } = useFormSubmission();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const filled = {
      title: value('title'),
      theme: value('theme'),
      level: value('level'),
      durationMinutes: value('durationMinutes'),
      description: value('description'),
    };
    const missing = missingFields(filled, words.required);
    if (missing) return fail(missing);

    const body: WorkshopBody = {
      ...filled,
      theme: filled.theme as ThemeKey,
      level: filled.level as WorkshopLevel,
      durationMinutes: Number(filled.durationMinutes),
    };
    await send(async () => {
      let saved: Workshop;
      if (workshop) {
        saved = await staffApi.updateWorkshop(workshop.id, body);
      } else {
        saved = await staffApi.createWorkshop(value('key') ? { ...body, key: value('key') } : body);
        form.reset();
      }
      onSaved(saved);
    });
  }

  return (
    <form className="form staff-form" noValidate onSubmit={handleSubmit}>
      <FormFeedback problem={problem} fieldIds={fieldIds} attempt={attempt} />
      <TextField
        id={fieldIds.title}
        name="title"
        label={words.titleLabel}
        hint={words.titleHint}
        defaultValue={workshop?.title}
        error={fieldError(problem, 'title')}
        required
        maxLength={120}
      />
      <RadioGroup
        id={fieldIds.theme}
        name="theme"
        legend={words.themeLegend}
        options={themeOptions}
        defaultValue={workshop?.theme}
        error={fieldError(problem, 'theme')}
      />
      <RadioGroup
        id={fieldIds.level}
        name="level"
        legend={words.levelLegend}
        options={levelOptions}
        defaultValue={workshop?.level}
        error={fieldError(problem, 'level')}
      />
      <TextField
        id={fieldIds.durationMinutes}
        name="durationMinutes"
        type="number"
        inputMode="numeric"
        min={15}
        max={480}
        step={5}
        className="field--short"
        label={words.durationLabel}
        hint={words.durationHint}
        defaultValue={workshop?.durationMinutes}
        error={fieldError(problem, 'durationMinutes')}
        required
      />
      <TextAreaField
        id={fieldIds.description}
        name="description"
        label={words.descriptionLabel}
        hint={words.descriptionHint}
        defaultValue={workshop?.description}
        error={fieldError(problem, 'description')}
        required
        maxLength={2000}
      />
      {!workshop && (
        <TextField
          id={fieldIds.key}
          name="key"
          autoComplete="off"
          spellCheck={false}
          label={words.keyLabel}
          hint={words.keyHint}
          error={fieldError(problem, 'key')}
        />
      )}
      <Button type="submit" busy={saving} busyLabel={words.saving}>
        {workshop ? words.saveChanges : words.create}
      </Button>
    </form>
  );
}
