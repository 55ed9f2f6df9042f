import type { Role } from '@capnum/contracts';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError, UnauthorizedError } from '../lib/errors.ts';

export interface AccessClaims {
  sub: string;
  role: Role;
  chamberId: string;
  /** Artisans only: their business, so owner filters need no extra lookup. */
  artisanId?: string;
  /** The account's session version when the token was issued. */
  sv: number;
  /** The session (refresh-token family) the token belongs to: logout ends it. */
  sid: string;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims;
    user: AccessClaims;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** Who issues our tokens and who they are for: a token made for anything else is refused. */
export const TOKEN_ISSUER = 'cap-numerique';
export const TOKEN_AUDIENCE = 'cap-numerique-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AuthenticationOptions {
  secret: string;
  /** Whether the account behind valid claims still matches them (exists, active, same role…). */
  checkSession: (claims: AccessClaims) => Promise<void>;
}

/** Verifies the bearer access token, then the account behind it; the claims land on `request.user`. */
export const authenticationPlugin = fp(
  async (app: FastifyInstance, options: AuthenticationOptions) => {
    await app.register(fastifyJwt, {
      secret: options.secret,
      sign: {
        algorithm: 'HS256',
        expiresIn: ACCESS_TOKEN_TTL_SECONDS,
        iss: TOKEN_ISSUER,
        aud: TOKEN_AUDIENCE,
      },
      // Pinned: no other algorithm, no token without an expiry, issuer and audience.
      verify: {
        algorithms: ['HS256'],
        allowedIss: TOKEN_ISSUER,
        allowedAud: TOKEN_AUDIENCE,
        requiredClaims: ['exp', 'iss', 'aud', 'sub', 'sid', 'sv'],
      },
    });
    app.decorate('authenticate', async (request: FastifyRequest) => {
      try {
        await request.jwtVerify();
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED') {
          throw new UnauthorizedError('Votre session a expiré, reconnectez-vous.', 'TOKEN_EXPIRED');
        }
        throw new UnauthorizedError();
      }
      const claims = request.user;
      if (
        typeof claims.sub !== 'string' ||
        !UUID.test(claims.sub) ||
        typeof claims.sid !== 'string' ||
        !UUID.test(claims.sid) ||
        !Number.isInteger(claims.sv)
      ) {
        throw new UnauthorizedError();
      }
      await options.checkSession(claims);
    });
  },
  { name: 'authentication' },
);

/** A hook that lets only the given roles through; runs right after `authenticate`, before validation. */
export function requireRole(...roles: Role[]): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    if (!roles.includes(request.user.role)) {
      throw new ForbiddenError('Cette action n’est pas ouverte à votre profil.');
    }
  };
}
