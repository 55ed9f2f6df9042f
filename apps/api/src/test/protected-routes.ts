import type { TestContext } from './test-app.ts';

const ANY_ID = '00000000-0000-4000-8000-000000000000';

function requestOf(route: { method: string; url: string }, token?: string) {
  return {
    method: route.method as 'GET',
    url: route.url.replace(/:\w+/g, ANY_ID),
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(['GET', 'DELETE'].includes(route.method) ? {} : { 'content-type': 'application/json' }),
    },
    ...(['GET', 'DELETE'].includes(route.method) ? {} : { payload: '{}' }),
  };
}

/** Every route of the app that refuses an anonymous caller with 401: each family, now and later. */
export async function protectedRoutes(context: Pick<TestContext, 'app'>) {
  const routes: { method: string; url: string }[] = [];
  for (const route of context.app.publicRoutes) {
    const response = await context.app.inject(requestOf(route));
    if (response.statusCode === 401) routes.push(route);
  }
  return routes;
}

/** The status each protected route answers a token with, as `{ 'GET /api/me': 401, … }`. */
export async function statusesWith(
  context: Pick<TestContext, 'app'>,
  routes: { method: string; url: string }[],
  token: string,
): Promise<Record<string, number>> {
  const statuses: Record<string, number> = {};
  for (const route of routes) {
    const response = await context.app.inject(requestOf(route, token));
    statuses[`${route.method} ${route.url}`] = response.statusCode;
  }
  return statuses;
}

/** The same status for every route: what `statusesWith` must equal when all are refused. */
export const everyRoute = (routes: { method: string; url: string }[], status: number) =>
  Object.fromEntries(routes.map((route) => [`${route.method} ${route.url}`, status]));
