import type { TestContext, TestUser } from './test-app.ts';

export interface MatrixRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  /** A body for writes; `{}` when omitted, so validation cannot answer before access does. */
  payload?: unknown;
}

/**
 * The status every caller gets on every request: `{ anonyme: { 'GET /api/…': 401 }, … }`.
 * Compare it with `expectedMatrix` to state a route's role × chamber rules in a few lines;
 * a failure names the caller and the request.
 */
export async function accessMatrix(
  context: Pick<TestContext, 'app'>,
  requests: readonly MatrixRequest[],
  callers: Record<string, TestUser | undefined>,
): Promise<Record<string, Record<string, number>>> {
  const matrix: Record<string, Record<string, number>> = {};
  for (const [name, caller] of Object.entries(callers)) {
    const row: Record<string, number> = {};
    for (const request of requests) {
      const writes = request.method !== 'GET' && request.method !== 'DELETE';
      const response = await context.app.inject({
        method: request.method,
        url: request.url,
        headers: caller ? { authorization: `Bearer ${caller.token}` } : {},
        ...(writes ? { payload: (request.payload ?? {}) as object } : {}),
      });
      row[`${request.method} ${request.url}`] = response.statusCode;
    }
    matrix[name] = row;
  }
  return matrix;
}

/** The matrix where each caller gets one status on every request. */
export function expectedMatrix(
  requests: readonly MatrixRequest[],
  statusByCaller: Record<string, number>,
): Record<string, Record<string, number>> {
  return Object.fromEntries(
    Object.entries(statusByCaller).map(([name, status]) => [
      name,
      Object.fromEntries(requests.map((request) => [`${request.method} ${request.url}`, status])),
    ]),
  );
}
