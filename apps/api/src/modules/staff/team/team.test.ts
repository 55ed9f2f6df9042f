import { describe, expect, it } from 'vitest';
import { as, createArtisan } from '../../../test/fixtures.ts';
import { createStaffUser } from '../../../test/test-app.ts';
import { auditOf, context, otherStaff, setUpStaffTests, staff } from '../staff-test-support.ts';

setUpStaffTests();

describe('/api/staff/team', () => {
  it('lists the chamber’s advisors and staff with the départements each advisor covers', async () => {
    const advisor = await createStaffUser(context, 'advisor');
    const foreign = await createStaffUser(context, 'advisor', 'grandEst');
    const team = (await as(context, staff).get('/api/staff/team')).json();
    expect(team.chamberDepartements).toEqual(['21', '25', '39', '58', '70', '71', '89', '90']);
    expect(team.members).toContainEqual({
      id: advisor.id,
      email: advisor.email,
      role: 'advisor',
      displayName: null,
      departements: [],
    });
    const ids = team.members.map((member: { id: string }) => member.id);
    expect(ids).toContain(staff.id);
    expect(ids).not.toContain(foreign.id);
    // Advisors first, then staff.
    const roles = team.members.map((member: { role: string }) => member.role);
    expect(roles).toEqual([...roles].sort());
  });

  it('limits an advisor to some départements, and the member list follows', async () => {
    const advisor = await createStaffUser(context, 'advisor');
    await createArtisan(context, {
      businessName: 'Atelier Dijonnais',
      communeCode: '21231',
      shareWithAdvisor: true,
    });
    await createArtisan(context, {
      businessName: 'Atelier Auxerrois',
      communeCode: '89024',
      shareWithAdvisor: true,
    });
    const names = async () =>
      (await as(context, advisor).get('/api/advisor/members?q=atelier'))
        .json()
        .items.map((item: { businessName: string }) => item.businessName);
    expect(await names()).toEqual(['Atelier Auxerrois', 'Atelier Dijonnais']);
    const scoped = await as(context, staff).put(`/api/staff/team/${advisor.id}/departements`, {
      departements: ['21', '21'],
    });
    expect(scoped.statusCode).toBe(200);
    expect(
      scoped.json().members.find((member: { id: string }) => member.id === advisor.id).departements,
    ).toEqual(['21']);
    expect(await names()).toEqual(['Atelier Dijonnais']);
    expect(await auditOf('advisor.scope-changed', 'advisorId', advisor.id)).toEqual([
      expect.objectContaining({ actor_id: staff.id }),
    ]);
    // Every département ticked, or none: the whole chamber again.
    await as(context, staff).put(`/api/staff/team/${advisor.id}/departements`, {
      departements: [],
    });
    expect(await names()).toEqual(['Atelier Auxerrois', 'Atelier Dijonnais']);
  });

  it('refuses a département outside the chamber, a staff member, and another chamber’s advisor', async () => {
    const advisor = await createStaffUser(context, 'advisor');
    const outside = await as(context, staff).put(`/api/staff/team/${advisor.id}/departements`, {
      departements: ['89', '75'],
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().message).toBe('Ces départements ne sont pas ceux de votre chambre : 75.');
    expect(
      (
        await as(context, staff).put(`/api/staff/team/${staff.id}/departements`, {
          departements: ['89'],
        })
      ).json().code,
    ).toBe('NOT_AN_ADVISOR');
    expect(
      (
        await as(context, otherStaff).put(`/api/staff/team/${advisor.id}/departements`, {
          departements: ['51'],
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await as(context, staff).put(`/api/staff/team/${advisor.id}/departements`, {
          departements: ['Yonne'],
        })
      ).statusCode,
    ).toBe(400);
    const scopes = await context.db
      .selectFrom('advisor_scopes')
      .select('departement')
      .where('advisor_id', '=', advisor.id)
      .execute();
    expect(scopes).toEqual([]);
  });
});
