import type { Invitation, Team, TeamMember } from '@capnum/contracts';
import { frenchShortDate, parisDate } from '@capnum/contracts/paris-time';
import { type FormEvent, useCallback, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmAction } from '../../components/ui/confirm-action.tsx';
import { DataTable } from '../../components/ui/data-table.tsx';
import { FormFeedback, fieldError } from '../../components/ui/form-feedback.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { RadioGroup } from '../../components/ui/radio-group.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { useFormSubmission } from '../../lib/forms/use-form-submission.ts';
import { staffText } from '../../lib/i18n/staff.ts';
import { paths } from '../../lib/paths.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { staffApi } from './api/staff-api.ts';
import { StaffPage } from './staff-page.tsx';

const words = staffText.team;
const inviteWords = staffText.invitations;
const nameOf = (member: TeamMember) => member.displayName ?? member.email;
const day = (instant: string) => frenchShortDate(parisDate(instant));

function DepartementChoices({
  idPrefix,
  departements,
  chosen,
}: {
  idPrefix: string;
  departements: readonly string[];
  chosen: readonly string[];
}) {
  return (
    <div className="team-departements">
      {departements.map((code) => (
        <div className="choice" key={code}>
          <input
            className="choice__input"
            type="checkbox"
            id={`${idPrefix}-${code}`}
            name="departements"
            value={code}
            defaultChecked={chosen.includes(code)}
          />
          <label className="choice__label" htmlFor={`${idPrefix}-${code}`}>
            {code}
          </label>
        </div>
      ))}
    </div>
  );
}

/** The name artisans read in their access log, and closing the account. */
function MemberAccount({
  member,
  isMe,
  onSaved,
}: {
  member: TeamMember;
  isMe: boolean;
  onSaved: (team: Team) => void;
}) {
  const form = useFormSubmission();
  const [notice, setNotice] = useState<string | null>(null);
  const inputId = `name-${member.id}`;

  async function rename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const displayName = String(new FormData(event.currentTarget).get('displayName') ?? '');
    setNotice(null);
    await form.send(async () => {
      onSaved(await staffApi.rename(member.id, displayName));
      setNotice(words.renamed(displayName.trim()));
    });
  }

  return (
    <>
      <form className="form form--inline" onSubmit={rename} noValidate>
        <FormFeedback
          problem={form.problem}
          fieldIds={{ displayName: inputId }}
          attempt={form.attempt}
        />
        <TextField
          id={inputId}
          name="displayName"
          label={words.renameLabel(member.email)}
          hint={words.renameHint}
          defaultValue={member.displayName ?? ''}
          error={fieldError(form.problem, 'displayName')}
          autoComplete="off"
        />
        <Notice message={notice} />
        <Button type="submit" variant="secondary" busy={form.saving} busyLabel={words.saving}>
          {words.rename}
        </Button>
      </form>
      {!isMe && (
        <ConfirmAction
          label={words.deactivate}
          question={words.deactivateQuestion(nameOf(member))}
          consequence={words.deactivateConsequence}
          confirmLabel={words.deactivateConfirm}
          busyLabel={words.deactivating}
          onConfirm={async () => onSaved(await staffApi.deactivate(member.id))}
        />
      )}
    </>
  );
}

function AdvisorCard({
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
          <DepartementChoices
            idPrefix={`scope-${advisor.id}`}
            departements={departements}
            chosen={advisor.departements}
          />
        </fieldset>
        <Notice message={notice} />
        <Button type="submit" busy={form.saving} busyLabel={words.saving}>
          {words.save}
        </Button>
      </form>
      <MemberAccount member={advisor} isMe={false} onSaved={onSaved} />
    </li>
  );
}

const roleOptions = (['advisor', 'staff'] as const).map((role) => ({
  value: role,
  label: inviteWords.roles[role] ?? role,
}));

function InviteForm({
  departements,
  onInvited,
}: {
  departements: readonly string[];
  onInvited: (invitation: Invitation) => void;
}) {
  const form = useFormSubmission();
  const [notice, setNotice] = useState<string | null>(null);
  const ids = {
    email: 'invite-email',
    displayName: 'invite-name',
    role: 'invite-role',
    departements: 'invite-departements',
  };

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const role = String(data.get('role') ?? '');
    setNotice(null);
    await form.send(async () => {
      const invitation = await staffApi.invite({
        email: String(data.get('email') ?? ''),
        displayName: String(data.get('displayName') ?? ''),
        role: role as 'advisor' | 'staff',
        departements: role === 'advisor' ? data.getAll('departements').map(String) : [],
      });
      element.reset();
      setNotice(inviteWords.sent(invitation.email));
      onInvited(invitation);
    });
  }

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title" className="card__title">
        {inviteWords.title}
      </h2>
      <p>{inviteWords.lead}</p>
      <form className="form" onSubmit={invite} noValidate>
        <FormFeedback problem={form.problem} fieldIds={ids} attempt={form.attempt} />
        <TextField
          id={ids.email}
          name="email"
          type="email"
          autoComplete="off"
          label={inviteWords.email}
          error={fieldError(form.problem, 'email')}
          required
        />
        <TextField
          id={ids.displayName}
          name="displayName"
          autoComplete="off"
          label={inviteWords.displayName}
          hint={inviteWords.displayNameHint}
          error={fieldError(form.problem, 'displayName')}
          required
        />
        <RadioGroup
          id={ids.role}
          name="role"
          legend={inviteWords.role}
          options={roleOptions}
          defaultValue="advisor"
          error={fieldError(form.problem, 'role')}
        />
        <fieldset className="choices" id={ids.departements}>
          <legend>{inviteWords.departements}</legend>
          <DepartementChoices idPrefix="invite" departements={departements} chosen={[]} />
        </fieldset>
        <Notice message={notice} />
        <Button type="submit" busy={form.saving} busyLabel={inviteWords.sending}>
          {inviteWords.send}
        </Button>
      </form>
    </section>
  );
}

function statusOf(invitation: Invitation): string {
  switch (invitation.status) {
    case 'pending':
      return inviteWords.statuses.pending(day(invitation.expiresAt));
    case 'accepted':
      return inviteWords.statuses.accepted(day(invitation.acceptedAt ?? invitation.sentAt));
    case 'expired':
      return inviteWords.statuses.expired;
    case 'revoked':
      return inviteWords.statuses.revoked;
  }
}

function InvitationActions({
  invitation,
  onChanged,
}: {
  invitation: Invitation;
  onChanged: (invitation: Invitation, notice?: string) => void;
}) {
  const resend = useFormSubmission();
  if (invitation.status === 'accepted' || invitation.status === 'revoked') return null;
  return (
    <div className="actions">
      <Button
        type="button"
        variant="secondary"
        className="button--small"
        busy={resend.saving}
        busyLabel={inviteWords.sending}
        onClick={() =>
          resend.send(async () =>
            onChanged(
              await staffApi.resendInvitation(invitation.id),
              inviteWords.resent(invitation.email),
            ),
          )
        }
      >
        {inviteWords.resend}
      </Button>
      <FormFeedback problem={resend.problem} fieldIds={{}} attempt={resend.attempt} />
      {invitation.status === 'pending' && (
        <ConfirmAction
          label={inviteWords.revoke}
          question={inviteWords.revokeQuestion(invitation.email)}
          confirmLabel={inviteWords.revokeConfirm}
          busyLabel={inviteWords.revoking}
          onConfirm={async () => onChanged(await staffApi.revokeInvitation(invitation.id))}
        />
      )}
    </div>
  );
}

function InvitationList({
  invitations,
  onChanged,
}: {
  invitations: readonly Invitation[];
  onChanged: (invitation: Invitation, notice?: string) => void;
}) {
  const columns = inviteWords.columns;
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{inviteWords.listTitle}</h2>
      {invitations.length === 0 ? (
        <p className="empty-state">{inviteWords.empty}</p>
      ) : (
        <DataTable caption={inviteWords.listTitle} namedRows>
          <thead>
            <tr>
              <th scope="col">{columns.person}</th>
              <th scope="col">{columns.role}</th>
              <th scope="col">{columns.sentAt}</th>
              <th scope="col">{columns.status}</th>
              <th scope="col">{columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row">
                  {invitation.displayName}
                  <br />
                  <span className="choice__explanation">{invitation.email}</span>
                </th>
                <td>{inviteWords.roles[invitation.role]}</td>
                <td>{day(invitation.sentAt)}</td>
                <td>{statusOf(invitation)}</td>
                <td>
                  <InvitationActions invitation={invitation} onChanged={onChanged} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

/** Staff run their chamber's team: invitations, names, départements, deactivation. */
export function TeamPage() {
  const auth = useAuth();
  const myId = auth.status === 'signed-in' ? auth.user.id : null;
  const load = useCallback(async (signal: AbortSignal) => {
    const [team, invitations] = await Promise.all([
      staffApi.team(signal),
      staffApi.invitations(signal),
    ]);
    return { team, invitations };
  }, []);
  const { state, reload, setState } = useApiData(load);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <StaffPage title={words.title}>
      <p className="lead">{words.lead}</p>
      <p>
        <Link to={paths.staffOutbox}>{inviteWords.outboxLink}</Link>
      </p>
      <Notice message={notice} />
      <Loaded state={state} reload={reload} loading={words.loading} retry={staffText.retry}>
        {({ team, invitations }) => {
          const setTeam = (next: Team) =>
            setState({ status: 'loaded', data: { team: next, invitations } });
          const setInvitation = (changed: Invitation, message?: string) => {
            const others = invitations.filter((row) => row.id !== changed.id);
            setState({ status: 'loaded', data: { team, invitations: [changed, ...others] } });
            setNotice(message ?? null);
          };
          const advisors = team.members.filter((member) => member.role === 'advisor');
          const staff = team.members.filter((member) => member.role === 'staff');
          return (
            <>
              <InviteForm
                departements={team.chamberDepartements}
                onInvited={(invitation) => setInvitation(invitation)}
              />
              <InvitationList invitations={invitations} onChanged={setInvitation} />
              <h2>{words.advisorsTitle}</h2>
              {advisors.length === 0 ? (
                <p className="empty-state">{words.empty}</p>
              ) : (
                <ul className="card-grid">
                  {advisors.map((advisor) => (
                    <AdvisorCard
                      key={`${advisor.id}-${advisor.departements.join()}-${advisor.displayName}`}
                      advisor={advisor}
                      departements={team.chamberDepartements}
                      onSaved={setTeam}
                    />
                  ))}
                </ul>
              )}
              <h2>{words.staffTitle}</h2>
              <ul className="card-grid">
                {staff.map((member) => (
                  <li className="card" key={`${member.id}-${member.displayName}`}>
                    <p className="card__title">
                      {member.displayName ?? words.noName} {member.id === myId && words.you}
                    </p>
                    <MemberAccount member={member} isMe={member.id === myId} onSaved={setTeam} />
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
