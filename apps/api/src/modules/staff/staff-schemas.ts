import { ApiError } from '@capnum/contracts';
import { z } from 'zod';

// What every staff route declares alike.

/** Refused before anything else: not signed in (401), not staff (403). */
export const refusals = { 401: ApiError, 403: ApiError };
export const security = [{ bearerAuth: [] }];
/** A delete: done (204), bad id (400), not in my chamber (404), still in use (409). */
export const deleted = { 204: z.null(), 400: ApiError, 404: ApiError, 409: ApiError, ...refusals };
