import type { ErrorCode } from '@capnum/contracts';

/** The few typed errors services throw; one handler maps them to HTTP. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: { field: string; message: string }[],
    /** Extra machine-readable members of the error body (e.g. missingQuestionIds). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Ressource introuvable.', code: ErrorCode = 'NOT_FOUND') {
    super(404, code, message);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Veuillez vous connecter.', code: ErrorCode = 'UNAUTHORIZED') {
    super(401, code, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Vous n’avez pas accès à cette ressource.', code: ErrorCode = 'FORBIDDEN') {
    super(403, code, message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, code: ErrorCode = 'CONFLICT') {
    super(409, code, message);
  }
}

/** A request that is well-formed but breaks a business rule. */
export class UnprocessableError extends AppError {
  constructor(
    message: string,
    code: ErrorCode = 'UNPROCESSABLE',
    fields?: { field: string; message: string }[],
  ) {
    super(422, code, message, fields);
  }
}

/** Too many attempts; the answer says when to come back (Retry-After). */
export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(429, 'TOO_MANY_REQUESTS', message);
  }
}

export class ValidationError extends AppError {
  constructor(
    message: string,
    fields?: { field: string; message: string }[],
    code: ErrorCode = 'VALIDATION_ERROR',
  ) {
    super(400, code, message, fields);
  }
}

const databaseErrorCode = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** PostgreSQL refused a row a unique index already holds (a race the index decided). */
export const isUniqueViolation = (error: unknown) => databaseErrorCode(error) === '23505';

/** PostgreSQL refused to delete a row another row still references. */
export const isForeignKeyViolation = (error: unknown) => databaseErrorCode(error) === '23503';
