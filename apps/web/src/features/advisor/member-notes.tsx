import type { MemberNote } from '@capnum/contracts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmAction } from '../../components/ui/confirm-action.tsx';
import { FormFeedback, fieldError } from '../../components/ui/form-feedback.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { TextAreaField } from '../../components/ui/text-area-field.tsx';
import { missingFields } from '../../lib/forms/form-problem.ts';
import { useFormSubmission } from '../../lib/forms/use-form-submission.ts';
import { advisorText } from '../../lib/i18n/advisor.ts';
import { advisorApi } from './api/advisor-api.ts';
import { shortDate } from './member-parts.tsx';

const words = advisorText.notes;

function NoteItem({
  note,
  onChanged,
  onDeleted,
}: {
  note: MemberNote;
  onChanged: (note: MemberNote) => void;
  onDeleted: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const form = useFormSubmission();
  const fieldId = `note-${note.id}`;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('text') ?? '').trim();
    const missing = missingFields({ text: value }, { text: words.required });
    if (missing) return form.fail(missing);
    await form.send(async () => {
      onChanged(await advisorApi.editNote(note.id, value));
      setEditing(false);
    });
  }

  return (
    <li className="note">
      <p className="note__meta">
        {words.by(note.authorName, shortDate(note.createdAt))}
        {note.updatedAt !== note.createdAt && ` (${words.edited})`}
      </p>
      {editing ? (
        <form onSubmit={save} noValidate>
          <FormFeedback
            problem={form.problem}
            fieldIds={{ text: fieldId }}
            attempt={form.attempt}
          />
          <TextAreaField
            id={fieldId}
            name="text"
            label={words.editLabel}
            defaultValue={note.text}
            error={fieldError(form.problem, 'text')}
            rows={4}
          />
          <div className="actions">
            <Button type="submit" busy={form.saving} busyLabel={words.save}>
              {words.save}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setEditing(false)}>
              {words.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <p className="note__text">{note.text}</p>
      )}
      {note.editableUntil && !editing && (
        <div className="actions">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {words.edit}
          </Button>
          <ConfirmAction
            label={words.delete}
            question={words.deleteQuestion}
            confirmLabel={words.deleteConfirm}
            busyLabel={words.deleteConfirm}
            onConfirm={async () => {
              await advisorApi.deleteNote(note.id);
              onDeleted();
            }}
          />
        </div>
      )}
    </li>
  );
}

/** The chamber's notes on a member: read by advisors and staff, never by the artisan. */
export function MemberNotes({ artisanId, initial }: { artisanId: string; initial: MemberNote[] }) {
  const [notes, setNotes] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useFormSubmission();

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const value = String(new FormData(formElement).get('text') ?? '').trim();
    const missing = missingFields({ text: value }, { text: words.required });
    if (missing) return form.fail(missing);
    await form.send(async () => {
      const note = await advisorApi.addNote(artisanId, value);
      setNotes((current) => [note, ...current]);
      setNotice(words.added);
      formElement.reset();
    });
  }

  return (
    <section className="results-section" aria-labelledby="member-notes-title">
      <h2 id="member-notes-title">{words.title}</h2>
      <p>{words.intro}</p>
      <Notice message={notice} />
      <form className="form" onSubmit={add} noValidate>
        <FormFeedback
          problem={form.problem}
          fieldIds={{ text: 'new-note' }}
          attempt={form.attempt}
        />
        <TextAreaField
          id="new-note"
          name="text"
          label={words.label}
          error={fieldError(form.problem, 'text')}
          rows={4}
        />
        <Button type="submit" busy={form.saving} busyLabel={words.adding}>
          {words.add}
        </Button>
      </form>
      {notes.length === 0 ? (
        <p>{words.empty}</p>
      ) : (
        <ul className="notes">
          {notes.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              onChanged={(changed) => {
                setNotes((current) =>
                  current.map((item) => (item.id === changed.id ? changed : item)),
                );
                setNotice(words.saved);
              }}
              onDeleted={() => {
                setNotes((current) => current.filter((item) => item.id !== note.id));
                setNotice(words.deleted);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
