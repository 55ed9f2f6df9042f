import { describe, expect, it } from 'vitest';
import { accessMatrix, expectedMatrix, type MatrixRequest } from '../../test/access-matrix.ts';
import { createStaffUser, type TestUser } from '../../test/test-app.ts';
import { insertArtisans } from '../tour/tour-fixtures.ts';
import { context, setUpStaffTests } from './staff-test-support.ts';

setUpStaffTests();

describe('access', () => {
  it('is for staff only: 401 anonymous, 403 artisans and advisors, on every staff route', async () => {
    const [artisan] = (await insertArtisans(context, 1)) as [TestUser];
    const advisor = await createStaffUser(context, 'advisor');
    // Every route of the staff plugin, today's and those to come.
    const requests: MatrixRequest[] = context.app.publicRoutes
      .filter((route) => route.url.startsWith('/api/staff/'))
      .map((route) => ({
        method: route.method as MatrixRequest['method'],
        url: route.url.replace(/:\w+/g, '00000000-0000-4000-8000-000000000000'),
      }));
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual(
      expect.arrayContaining(['GET /api/staff/tours', 'GET /api/staff/team']),
    );
    expect(
      await accessMatrix(context, requests, { anonyme: undefined, artisan, conseiller: advisor }),
    ).toEqual(expectedMatrix(requests, { anonyme: 401, artisan: 403, conseiller: 403 }));
    const refusal = await context.app.inject({
      method: 'GET',
      url: '/api/staff/tours',
      headers: { authorization: `Bearer ${advisor.token}` },
    });
    expect(refusal.json()).toEqual({
      statusCode: 403,
      code: 'FORBIDDEN',
      message: 'Cette action n’est pas ouverte à votre profil.',
    });
  });
});
