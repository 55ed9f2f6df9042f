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

/** Verifies the bearer access token; the claims land on `request.user`. */
export const authenticationPlugin = fp(
  async (app: FastifyInstance, options: { secret: string }) => {
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
        requiredClaims: ['exp', 'iss', 'aud', 'sub'],
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
