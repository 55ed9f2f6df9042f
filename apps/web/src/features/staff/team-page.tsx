import type { Team, TeamMember } from '@capnum/contracts';
import { type FormEvent, useCallback, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { FormFeedback } from '../../components/ui/form-feedback.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { useFormSubmission } from '../../lib/forms/use-form-submission.ts';
import { staffText } from '../../lib/i18n/staff.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { staffApi } from './api/staff-api.ts';
import { StaffPage } from './staff-page.tsx';

const words = staffText.team;
const nameOf = (member: TeamMember) => member.displayName ?? member.email;

function AdvisorScope({
  advisor,
  departements,
  onSaved,
}: {
  advisor: TeamMember;
  departements: readonly string[];
  onSaved: (team: Team) => void;
}) {
  const form = useFormSubmission();
  const [notice, setNotice] = useState<string | null>(null);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).getAll('departements').map(String);
    await form.send(async () => {
      onSaved(await staffApi.setScope(advisor.id, chosen));
      setNotice(words.saved(nameOf(advisor)));
    });
  }

  return (
    <li className="card">
      <form onSubmit={save} noValidate>
        <FormFeedback problem={form.problem} fieldIds={{}} attempt={form.attempt} />
        <fieldset className="choices">
          <legend className="card__title">{words.legend(nameOf(advisor))}</legend>
          <p className="choice__explanation">
            {advisor.email} —{' '}
            {advisor.departements.length === 0 ? words.all : advisor.departements.join(', ')}
          </p>
          <div className="team-departements">
            {departements.map((code) => (
              <div className="choice" key={code}>
                <input
                  className="choice__input"
                  type="checkbox"
                  id={`scope-${advisor.id}-${code}`}
                  name="departements"
                  value={code}
                  defaultChecked={advisor.departements.includes(code)}
                />
                <label className="choice__label" htmlFor={`scope-${advisor.id}-${code}`}>
                  {code}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <Notice message={notice} />
        <Button type="submit" busy={form.saving} busyLabel={words.saving}>
          {words.save}
        </Button>
      </form>
    </li>
  );
}

/** Staff decide which départements each advisor follows. */
export function TeamPage() {
  const load = useCallback((signal: AbortSignal) => staffApi.team(signal), []);
  const { state, reload, setState } = useApiData(load);

  return (
    <StaffPage title={words.title}>
      <p className="lead">{words.lead}</p>
      <Loaded state={state} reload={reload} loading={words.loading} retry={staffText.retry}>
        {({ members, chamberDepartements }) => {
          const advisors = members.filter((member) => member.role === 'advisor');
          const staff = members.filter((member) => member.role === 'staff');
          return (
            <>
              {advisors.length === 0 ? (
                <p className="empty-state">{words.empty}</p>
              ) : (
                <ul className="card-grid">
                  {advisors.map((advisor) => (
                    <AdvisorScope
                      key={`${advisor.id}-${advisor.departements.join()}`}
                      advisor={advisor}
                      departements={chamberDepartements}
                      onSaved={(team) => setState({ status: 'loaded', data: team })}
                    />
                  ))}
                </ul>
              )}
              <h2>{words.staffTitle}</h2>
              <ul>
                {staff.map((member) => (
                  <li key={member.id}>
                    {member.displayName ?? words.noName} ({member.email})
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </Loaded>
    </StaffPage>
  );
}
