import { describe, expect, it } from 'vitest';
import { issueOneTimeToken } from '../../lib/one-time-tokens.ts';
import { as } from '../../test/fixtures.ts';
import { createStaffUser, linkTokenFor, signUpArtisan } from '../../test/test-app.ts';
import {
  auditOf,
  context,
  NOW,
  otherStaff,
  setUpStaffTests,
  staff,
} from '../staff/staff-test-support.ts';

setUpStaffTests();

const PASSWORD = 'un mot de passe solide';
let sequence = 0;
const newAddress = () => {
  sequence += 1;
  return `invite-${sequence}-${process.pid}@cma.test`;
};
const invite = (body: Record<string, unknown>, user = staff) =>
  as(context, user).post('/api/staff/invitations', body);
const accept = (token: string, password = PASSWORD) =>
  as(context).post('/api/auth/invitations/accept', { token, password });
const invitationLink = (email: string) => linkTokenFor(context, email, '/invitation');

describe('invitations', () => {
  it('invites an advisor for some départements; accepting sets the password and signs in', async () => {
    const email = newAddress();
    const created = await invite({
      email: email.toUpperCase(),
      role: 'advisor',
      displayName: 'Lou Garnier',
      departements: ['89', '21'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email,
      role: 'advisor',
      displayName: 'Lou Garnier',
      departements: ['21', '89'],
      status: 'pending',
      sentAt: NOW,
      expiresAt: '2026-05-08T08:00:00.000Z',
      acceptedAt: null,
    });
    const mail = await context.db
      .selectFrom('outbox')
      .select(['subject', 'body', 'html'])
      .where('to_email', '=', email)
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe(
      'Invitation à rejoindre CMA Bourgogne-Franche-Comté sur Cap Numérique',
    );
    expect(mail.body).toContain('Bonjour Lou Garnier,');
    expect(mail.body).toContain('comme conseiller');
    expect(mail.html).toContain('<a href="http://localhost:3000/invitation?jeton=');

    const accepted = await accept(await invitationLink(email));
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({ email, role: 'advisor', emailConfirmed: true });
    const advisor = { token: accepted.json().accessToken };
    expect((await as(context, advisor).get('/api/advisor/members')).statusCode).toBe(200);
    const team = (await as(context, staff).get('/api/staff/team')).json();
    expect(team.members).toContainEqual(
      expect.objectContaining({ email, displayName: 'Lou Garnier', departements: ['21', '89'] }),
    );
    const listed = (await as(context, staff).get('/api/staff/invitations')).json().invitations;
    expect(listed.find((row: { email: string }) => row.email === email)).toMatchObject({
      status: 'accepted',
      acceptedAt: NOW,
    });
    const login = await as(context).post('/api/auth/login', { email, password: PASSWORD });
    expect(login.statusCode).toBe(200);
    expect(await auditOf('invitation.sent', 'invitationId', created.json().id)).toEqual([
      expect.objectContaining({ actor_id: staff.id }),
    ]);
  });

  it('uses a link once, within 7 days, only as an invitation; a resend kills the old link', async () => {
    const email = newAddress();
    const { id } = (await invite({ email, role: 'staff', displayName: 'Noa Petit' })).json();
    const first = await invitationLink(email);
    const resent = await as(context, staff).post(`/api/staff/invitations/${id}/resend`);
    expect(resent.statusCode).toBe(200);
    const second = await invitationLink(email);
    expect(second).not.toBe(first);
    expect((await accept(first)).json()).toEqual({
      statusCode: 400,
      code: 'LINK_INVALID',
      message:
        'Cette invitation n’est plus valable : elle a déjà servi, a été annulée ou a expiré (elle vaut 7 jours). Demandez à votre chambre de vous la renvoyer.',
    });
    // A password-reset link for the same address is no invitation, and the reverse.
    const reset = await issueOneTimeToken(
      context.db,
      { purpose: 'password-reset', email, chamberId: staff.chamberId },
      context.clock.now(),
    );
    expect((await accept(reset)).statusCode).toBe(400);
    expect(
      (
        await as(context).post('/api/auth/password-reset/confirm', {
          token: second,
          password: PASSWORD,
        })
      ).statusCode,
    ).toBe(400);
    // Eight days later the link has expired, and the list says so.
    context.clock.set('2026-05-09T08:00:01.000Z');
    try {
      expect((await accept(second)).statusCode).toBe(400);
      const listed = (await as(context, staff).get('/api/staff/invitations')).json().invitations;
      expect(listed.find((row: { id: string }) => row.id === id).status).toBe('expired');
      // Resending an expired invitation gives a fresh week.
      const again = await as(context, staff).post(`/api/staff/invitations/${id}/resend`);
      expect(again.json()).toMatchObject({
        status: 'pending',
        expiresAt: '2026-05-16T08:00:01.000Z',
      });
      const third = await invitationLink(email);
      expect((await accept(third)).statusCode).toBe(200);
      expect((await accept(third)).statusCode).toBe(400);
    } finally {
      context.clock.set(NOW);
    }
  });

  it('binds the link to the invited address: a token issued for another address is refused', async () => {
    const email = newAddress();
    const { id } = (await invite({ email, role: 'advisor', displayName: 'Ada Roux' })).json();
    const forged = await issueOneTimeToken(
      context.db,
      {
        purpose: 'invitation',
        email: newAddress(),
        chamberId: staff.chamberId,
        payload: { invitationId: id },
      },
      context.clock.now(),
    );
    expect((await accept(forged)).statusCode).toBe(400);
    const users = await context.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .execute();
    expect(users).toEqual([]);
  });

  it('revokes an invitation: its link dies and it shows as revoked', async () => {
    const email = newAddress();
    const { id } = (await invite({ email, role: 'advisor', displayName: 'Sam Colin' })).json();
    const token = await invitationLink(email);
    const revoked = await as(context, staff).delete(`/api/staff/invitations/${id}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked', revokedAt: NOW });
    expect((await accept(token)).statusCode).toBe(400);
    expect((await as(context, staff).post(`/api/staff/invitations/${id}/resend`)).statusCode).toBe(
      409,
    );
  });

  it('refuses an address with an account, a second pending invitation, and départements of another chamber', async () => {
    const artisan = await signUpArtisan(context);
    const taken = await invite({ email: artisan.email, role: 'advisor', displayName: 'Déjà Là' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('ACCOUNT_EXISTS');
    const email = newAddress();
    expect((await invite({ email, role: 'advisor', displayName: 'Une Fois' })).statusCode).toBe(
      201,
    );
    const twice = await invite({ email, role: 'advisor', displayName: 'Une Fois' });
    expect(twice.json().code).toBe('INVITATION_PENDING');
    const outside = await invite({
      email: newAddress(),
      role: 'advisor',
      displayName: 'Hors Zone',
      departements: ['67'],
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().message).toBe('Ces départements ne sont pas ceux de votre chambre : 67.');
    const bad = await invite({ email: 'pas-une-adresse', role: 'artisan', displayName: 'X' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((field: { field: string }) => field.field)
        .sort(),
    ).toEqual(['displayName', 'email', 'role']);
  });

  it('is staff work, within their own chamber only', async () => {
    const advisor = await createStaffUser(context, 'advisor');
    const artisan = await signUpArtisan(context);
    const body = { email: newAddress(), role: 'advisor', displayName: 'Refusé' };
    expect((await invite(body, advisor)).statusCode).toBe(403);
    expect((await invite(body, artisan)).statusCode).toBe(403);
    expect((await as(context).post('/api/staff/invitations', body)).statusCode).toBe(401);
    const { id } = (await invite(body)).json();
    // Staff of another chamber neither see, resend nor revoke it.
    const theirs = (await as(context, otherStaff).get('/api/staff/invitations')).json();
    expect(theirs.invitations.map((row: { id: string }) => row.id)).not.toContain(id);
    expect(
      (await as(context, otherStaff).post(`/api/staff/invitations/${id}/resend`)).statusCode,
    ).toBe(404);
    expect((await as(context, otherStaff).delete(`/api/staff/invitations/${id}`)).statusCode).toBe(
      404,
    );
    expect((await as(context, advisor).get('/api/staff/invitations')).statusCode).toBe(403);
  });
});

describe('the team: names and deactivation', () => {
  it('renames a team member, and refuses one of another chamber', async () => {
    const advisor = await createStaffUser(context, 'advisor');
    const renamed = await as(context, staff).put(`/api/staff/team/${advisor.id}/display-name`, {
      displayName: '  Camille Durand ',
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().members).toContainEqual(
      expect.objectContaining({ id: advisor.id, displayName: 'Camille Durand' }),
    );
    const foreign = await as(context, otherStaff).put(
      `/api/staff/team/${advisor.id}/display-name`,
      {
        displayName: 'Pirate',
      },
    );
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('NOT_A_TEAM_MEMBER');
    const empty = await as(context, staff).put(`/api/staff/team/${advisor.id}/display-name`, {
      displayName: ' ',
    });
    expect(empty.statusCode).toBe(400);
  });

  it('deactivates an advisor: the old token is refused on the very next request, and login too', async () => {
    const advisor = await createStaffUser(context, 'advisor');
    expect((await as(context, advisor).get('/api/advisor/members')).statusCode).toBe(200);
    expect(
      (await as(context, otherStaff).post(`/api/staff/team/${advisor.id}/deactivate`)).statusCode,
    ).toBe(404);
    const done = await as(context, staff).post(`/api/staff/team/${advisor.id}/deactivate`);
    expect(done.statusCode).toBe(200);
    expect(done.json().members.map((member: { id: string }) => member.id)).not.toContain(
      advisor.id,
    );
    expect((await as(context, advisor).get('/api/advisor/members')).statusCode).toBe(401);
    const login = await as(context).post('/api/auth/login', {
      email: advisor.email,
      password: 'mot-de-passe-de-test',
    });
    expect(login.json().code).toBe('ACCOUNT_DEACTIVATED');
    expect(await auditOf('team.deactivated', 'userId', advisor.id)).toEqual([
      expect.objectContaining({ actor_id: staff.id }),
    ]);
  });

  it('never deactivates oneself, and is refused to advisors', async () => {
    const self = await as(context, staff).post(`/api/staff/team/${staff.id}/deactivate`);
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe('CANNOT_DEACTIVATE_SELF');
    const advisor = await createStaffUser(context, 'advisor');
    expect(
      (await as(context, advisor).post(`/api/staff/team/${staff.id}/deactivate`)).statusCode,
    ).toBe(403);
  });
});

describe('Courriels envoyés (outside production)', () => {
  it('lists the chamber’s e-mails, newest first, to its staff only', async () => {
    const email = newAddress();
    await invite({ email, role: 'advisor', displayName: 'Lia Morel' });
    const mine = (await as(context, staff).get('/api/staff/outbox')).json().emails;
    expect(mine.find((mail: { to: string }) => mail.to === email)).toMatchObject({
      subject: 'Invitation à rejoindre CMA Bourgogne-Franche-Comté sur Cap Numérique',
      sentAt: null,
      attempts: 0,
    });
    const theirs = (await as(context, otherStaff).get('/api/staff/outbox')).json().emails;
    expect(theirs.map((mail: { to: string }) => mail.to)).not.toContain(email);
    const advisor = await createStaffUser(context, 'advisor');
    expect((await as(context, advisor).get('/api/staff/outbox')).statusCode).toBe(403);
  });
});
