import { describe, expect, it } from 'vitest';
import { accessMatrix, expectedMatrix } from '../../../test/access-matrix.ts';
import { signUpArtisan, signupBody } from '../../../test/test-app.ts';
import {
  auditOf,
  call,
  context,
  otherStaff,
  setUpStaffTests,
  staff,
} from '../staff-test-support.ts';

setUpStaffTests();

const signUp = (overrides: Record<string, unknown>) =>
  context.app.inject({ method: 'POST', url: '/api/auth/signup', payload: signupBody(overrides) });

describe('/api/staff/siret-conflicts', () => {
  it('lists a SIRET claimed again, with the earlier claims of my chamber and a count elsewhere', async () => {
    const owner = signupBody({ communeCode: '89024', businessName: 'Boulangerie Morel' });
    const ownerAccount = await signUpArtisan(context, owner);
    // Claimed again in Auxerre (same chamber) and in Reims (another chamber).
    const squatter = signupBody({
      siret: owner.siret,
      communeCode: '89387',
      businessName: 'Boulangerie Morel bis',
    });
    expect((await signUp(squatter)).statusCode).toBe(202);
    expect((await signUp({ siret: owner.siret, communeCode: '51454' })).statusCode).toBe(202);

    const response = await call(staff, 'GET', '/api/staff/siret-conflicts');
    expect(response.statusCode).toBe(200);
    const mine = response
      .json()
      .conflicts.filter((conflict: { siret: string }) => conflict.siret === owner.siret);
    expect(mine).toEqual([
      {
        siret: owner.siret,
        flaggedAt: context.clock.now().toISOString(),
        claim: {
          artisanId: expect.any(String),
          businessName: 'Boulangerie Morel bis',
          email: squatter.email,
          emailConfirmed: false,
          communeName: 'Sens',
          signedUpAt: context.clock.now().toISOString(),
        },
        earlierClaims: [
          {
            artisanId: ownerAccount.artisanId,
            businessName: 'Boulangerie Morel',
            email: owner.email,
            emailConfirmed: true,
            communeName: 'Auxerre',
            signedUpAt: context.clock.now().toISOString(),
          },
        ],
        claimsInOtherChambers: 1,
      },
    ]);

    // The other chamber sees its own flagged account, and ours only as a count.
    const theirs = (await call(otherStaff, 'GET', '/api/staff/siret-conflicts')).json().conflicts;
    const theirConflict = theirs.find(
      (conflict: { siret: string }) => conflict.siret === owner.siret,
    );
    expect(theirConflict.claim.communeName).toBe('Reims');
    expect(theirConflict.earlierClaims).toEqual([]);
    expect(theirConflict.claimsInOtherChambers).toBe(2);
    expect(JSON.stringify(theirs)).not.toContain(owner.email);
  });

  it('marks a conflict reviewed in my chamber only, and audits it', async () => {
    const owner = signupBody();
    await signUpArtisan(context, owner);
    expect((await signUp({ siret: owner.siret })).statusCode).toBe(202);
    const [conflict] = (await call(staff, 'GET', '/api/staff/siret-conflicts'))
      .json()
      .conflicts.filter((item: { siret: string }) => item.siret === owner.siret);
    const id = conflict.claim.artisanId as string;
    const url = `/api/staff/siret-conflicts/${id}/review`;

    expect((await call(otherStaff, 'POST', url)).statusCode).toBe(404);
    expect((await call(staff, 'POST', url)).statusCode).toBe(204);
    const again = await call(staff, 'POST', url);
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('SIRET_CONFLICT_NOT_FOUND');
    const listed = (await call(staff, 'GET', '/api/staff/siret-conflicts')).json().conflicts;
    expect(listed.filter((item: { siret: string }) => item.siret === owner.siret)).toEqual([]);
    expect(await auditOf('siret.reviewed', 'artisanId', id)).toEqual([
      {
        chamber_id: staff.chamberId,
        actor_id: staff.id,
        action: 'siret.reviewed',
        details: { artisanId: id },
      },
    ]);
  });

  it('refuses other roles', async () => {
    const artisan = await signUpArtisan(context);
    const requests = [
      { method: 'GET', url: '/api/staff/siret-conflicts' },
      { method: 'POST', url: `/api/staff/siret-conflicts/${artisan.artisanId}/review` },
    ] as const;
    expect(await accessMatrix(context, requests, { anonyme: undefined, artisan })).toEqual(
      expectedMatrix(requests, { anonyme: 401, artisan: 403 }),
    );
  });
});
