import type { ApiError, AuthResponse, ErrorCode } from '@capnum/contracts';
import { text } from './i18n/index.ts';

type FieldError = NonNullable<ApiError['fields']>[number];
/** The API's codes, and the two the client gives failures that never reached it. */
export type ClientErrorCode = ErrorCode | 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

/** What every failed call throws: the API's error body, or a French message for a network failure. */
export class ApiRequestError extends Error {
  readonly statusCode: number;
  readonly code: ClientErrorCode;
  readonly fields: FieldError[] | undefined;

  constructor(body: Omit<ApiError, 'code'> & { code: ClientErrorCode }) {
    super(body.message);
    this.name = 'ApiRequestError';
    this.statusCode = body.statusCode;
    this.code = body.code;
    this.fields = body.fields;
  }

  get isNetworkFailure(): boolean {
    return this.statusCode === 0;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

// Memory only: a script injected into the page cannot read it from storage, and the
// httpOnly refresh cookie brings it back after a reload.
let accessToken: string | null = null;

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

const sessionEndedListeners = new Set<() => void>();

/** Called when a request finds the session gone (refresh refused): the auth provider signs out. */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

async function send(
  method: Method,
  path: string,
  options: RequestOptions,
  token: string | null,
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  // Fastify refuses a JSON content type with an empty body, so only announce one when sending one.
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiRequestError({
      statusCode: 0,
      code: 'NETWORK_ERROR',
      message: text.errors.network,
    });
  }
}

function isApiErrorBody(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}

async function readResponse<Result>(response: Response): Promise<Result> {
  if (response.status === 204) return undefined as Result;
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return body as Result;
  if (isApiErrorBody(body)) throw new ApiRequestError({ ...body, statusCode: response.status });
  // A proxy page or an empty body: nothing useful to show but a plain sentence.
  throw new ApiRequestError({
    statusCode: response.status,
    code: 'UNEXPECTED_RESPONSE',
    message: text.errors.unexpected,
  });
}

let refreshInFlight: Promise<AuthResponse | null> | null = null;

async function rotateRefreshCookie(retryAfterRace = true): Promise<AuthResponse | null> {
  const response = await send('POST', '/api/auth/refresh', {}, null);
  if (response.status === 401) {
    const body: unknown = await response.json().catch(() => undefined);
    // Another tab rotated the cookie a moment ago (no Web Locks over plain HTTP):
    // the browser now holds the new cookie, so one more try succeeds.
    if (retryAfterRace && isApiErrorBody(body) && body.code === 'REFRESH_RACE') {
      return rotateRefreshCookie(false);
    }
    accessToken = null;
    return null;
  }
  const session = await readResponse<AuthResponse>(response);
  accessToken = session.accessToken;
  return session;
}

/**
 * Trades the refresh cookie for a new access token; null when there is no session.
 * The API revokes the whole session when a refresh token is used twice, so
 * concurrent callers in this tab share one rotation, and tabs take turns
 * (Web Locks) so that each sends the cookie the previous one received.
 */
export function refreshSession(): Promise<AuthResponse | null> {
  refreshInFlight ??= (async () => {
    try {
      const locks = globalThis.navigator?.locks;
      return locks
        ? await locks.request('capnum-session-refresh', () => rotateRefreshCookie())
        : await rotateRefreshCookie();
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

/** One call to the API; on a 401 it renews the access token once and retries. */
async function sendAuthorised(
  method: Method,
  path: string,
  options: RequestOptions,
): Promise<Response> {
  const tokenUsed = accessToken;
  let response = await send(method, path, options, tokenUsed);
  // Auth endpoints answer 401 for wrong credentials: that is an answer, not an expired token.
  if (response.status === 401 && !path.startsWith('/api/auth/')) {
    // Another call may already have renewed the token while this one was on its way.
    const renewed =
      (accessToken !== null && accessToken !== tokenUsed) || (await refreshSession()) !== null;
    if (renewed) {
      response = await send(method, path, options, accessToken);
    } else {
      for (const listener of sessionEndedListeners) listener();
    }
  }
  return response;
}

/** One JSON call to the API. */
export async function apiRequest<Result>(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<Result> {
  return readResponse<Result>(await sendAuthorised(method, path, options));
}

/** A file the API sends (a calendar, an export), with the name it suggests. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

/** `attachment; filename="atelier.ics"` → `atelier.ics`. */
function fileNameOf(response: Response): string | null {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}

/**
 * A file behind the bearer token: a plain link cannot send it, so the page
 * fetches the file and hands it to the browser as a Blob.
 */
export async function apiDownload(path: string, accept: string): Promise<DownloadedFile> {
  const response = await sendAuthorised('GET', path, { headers: { accept } });
  if (!response.ok) return readResponse<never>(response);
  return { blob: await response.blob(), fileName: fileNameOf(response) };
}

export const api = {
  get: <Result>(path: string, options?: Omit<RequestOptions, 'body'>) =>
    apiRequest<Result>('GET', path, options),
  post: <Result>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<Result>('POST', path, { ...options, body }),
  put: <Result>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<Result>('PUT', path, { ...options, body }),
  patch: <Result>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<Result>('PATCH', path, { ...options, body }),
  delete: <Result>(path: string, options?: RequestOptions) =>
    apiRequest<Result>('DELETE', path, options),
};
