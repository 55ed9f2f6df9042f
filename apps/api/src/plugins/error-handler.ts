import type { ApiError, ErrorCode } from '@capnum/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { AppError, TooManyRequestsError } from '../lib/errors.ts';

type ErrorBody = ApiError;

const fieldLabel = (path: string) => (path === '' ? 'corps de la requête' : path);

/** Fastify's own client errors, in French. */
const frameworkErrors: Record<string, { statusCode: number; code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    statusCode: 400,
    code: 'INVALID_JSON',
    message: 'Le corps de la requête n’est pas un JSON valide.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    statusCode: 400,
    code: 'EMPTY_BODY',
    message: 'Le corps de la requête est vide alors qu’un JSON est attendu.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    statusCode: 413,
    code: 'BODY_TOO_LARGE',
    message: 'La requête est trop volumineuse.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    statusCode: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Type de contenu non pris en charge : envoyez du JSON.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    statusCode: 400,
    code: 'INVALID_CONTENT_LENGTH',
    message: 'La longueur annoncée de la requête est incorrecte.',
  },
  FST_ERR_BAD_URL: { statusCode: 400, code: 'BAD_URL', message: 'Adresse de requête invalide.' },
  FST_ERR_MAX_PARAM_LENGTH: {
    statusCode: 414,
    code: 'URL_TOO_LONG',
    message: 'L’adresse demandée est trop longue.',
  },
  FST_ERR_ASYNC_CONSTRAINT: {
    statusCode: 400,
    code: 'BAD_URL',
    message: 'Adresse de requête invalide.',
  },
  FST_JWT_NO_AUTHORIZATION_IN_HEADER: {
    statusCode: 401,
    code: 'UNAUTHORIZED',
    message: 'Veuillez vous connecter.',
  },
  FST_JWT_AUTHORIZATION_TOKEN_EXPIRED: {
    statusCode: 401,
    code: 'TOKEN_EXPIRED',
    message: 'Votre session a expiré, reconnectez-vous.',
  },
  FST_JWT_AUTHORIZATION_TOKEN_INVALID: {
    statusCode: 401,
    code: 'UNAUTHORIZED',
    message: 'Jeton de connexion invalide, reconnectez-vous.',
  },
  FST_JWT_BAD_REQUEST: {
    statusCode: 401,
    code: 'UNAUTHORIZED',
    message: 'En-tête d’authentification mal formé.',
  },
  FST_JWT_AUTHORIZATION_TOKEN_UNTRUSTED: {
    statusCode: 401,
    code: 'UNAUTHORIZED',
    message: 'Jeton de connexion invalide, reconnectez-vous.',
  },
};

/**
 * PostgreSQL's data exceptions (class 22: a character it cannot store, a malformed value, a
 * number out of range…) come from what a client sent: a 400, never a 500.
 */
function isDatabaseInputError(error: { code?: unknown }): boolean {
  return typeof error.code === 'string' && /^22[0-9A-Z]{3}$/.test(error.code);
}

/** The French body for the router's own refusals (a URL it cannot parse or route). */
export function frameworkErrorBody(error: { code?: string }): ErrorBody {
  const known = error.code ? frameworkErrors[error.code] : undefined;
  return known ?? { statusCode: 400, code: 'BAD_URL', message: 'Adresse de requête invalide.' };
}

/**
 * What the logs may say of an error: its kind, message, code and stack. Never the SQL, its
 * parameters or the database's "detail" (they carry e-mails, names and password hashes).
 */
export function serializeError(error: Error): {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
} {
  const kept: { [key: string]: unknown; type: string; message: string; stack: string } = {
    type: error.constructor?.name ?? 'Error',
    message: error.message,
    stack: error.stack ?? '',
  };
  const fields = error as unknown as Record<string, unknown>;
  for (const field of ['code', 'statusCode', 'severity', 'routine', 'constraint', 'table']) {
    if (fields[field] !== undefined) kept[field] = fields[field];
  }
  return kept;
}

/** One handler maps every error to `{ statusCode, code, message }` and hides 5xx details. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let body: ErrorBody;
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => ({
        field: fieldLabel(issue.instancePath.replace(/^\//, '').replaceAll('/', '.')),
        message: issue.message ?? 'Valeur invalide.',
      }));
      const where = error.validationContext === 'querystring' ? 'paramètres' : 'champs';
      body = {
        statusCode: 400,
        code: 'VALIDATION_ERROR',
        message: `Certains ${where} sont invalides : ${[...new Set(fields.map((f) => f.field))].join(', ')}.`,
        fields,
      };
    } else if (error instanceof AppError) {
      if (error instanceof TooManyRequestsError) {
        reply.header('retry-after', String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))));
      }
      body = {
        ...error.extra,
        statusCode: error.statusCode,
        code: error.code,
        message: error.message,
      };
      if (error.fields) body.fields = error.fields;
    } else if (error.code && frameworkErrors[error.code]) {
      body = { ...(frameworkErrors[error.code] as ErrorBody) };
    } else if (isDatabaseInputError(error)) {
      body = {
        statusCode: 400,
        code: 'INVALID_DATA',
        message:
          'Une valeur envoyée ne peut pas être enregistrée (caractère ou format non accepté) : corrigez-la puis réessayez.',
      };
    } else if (error.statusCode === 429) {
      body = {
        statusCode: 429,
        code: 'TOO_MANY_REQUESTS',
        message: 'Trop de tentatives. Réessayez dans quelques minutes.',
      };
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      body = {
        statusCode: error.statusCode,
        // A framework code we have not translated yet: never passed through as free text.
        code: 'BAD_REQUEST',
        message: 'Requête invalide.',
      };
    } else {
      if (isResponseSerializationError(error)) {
        request.log.error(
          { err: error, issues: error.cause },
          'response does not match its schema',
        );
      } else {
        request.log.error({ err: error }, 'unhandled error');
      }
      body = {
        statusCode: 500,
        code: 'INTERNAL_ERROR',
        message: 'Une erreur interne est survenue. Réessayez plus tard.',
      };
    }
    if (body.statusCode >= 400 && body.statusCode < 500) {
      request.log.info({ code: body.code, statusCode: body.statusCode }, body.message);
    }
    return reply.status(body.statusCode).send(body);
  });
}
