import { ApiError, AuthResponse, LoginBody, Me } from '@capnum/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { ForbiddenError } from '../../lib/errors.ts';
import type { AccessClaims } from '../../plugins/authentication.ts';
import type { AuthService, Session } from './auth.service.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { REFRESH_COOKIE, refreshCookieOptions, sendSession } from './session-cookie.ts';

interface AuthRoutesOptions {
  auth: AuthService;
  loginThrottle: LoginThrottle;
  config: Config;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (
  app,
  { auth, loginThrottle, config },
) => {
  const cookieOptions = refreshCookieOptions(config);
  const startSession = (reply: FastifyReply, session: Session) =>
    sendSession(reply, session, config);

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Connexion',
        body: LoginBody,
        response: { 200: AuthResponse, 400: ApiError, 401: ApiError, 429: ApiError },
      },
    },
    async (request, reply) => {
      await loginThrottle.assertAllowed(request.ip, request.body.email);
      try {
        const session = await auth.login(request.body);
        await loginThrottle.recordSuccess(request.body.email);
        return startSession(reply, session);
      } catch (error) {
        if ((error as { code?: string }).code === 'INVALID_CREDENTIALS') {
          await loginThrottle.recordFailure(request.ip, request.body.email);
        }
        throw error;
      }
    },
  );

  // The refresh cookie rides along automatically: refuse a request another site's page made.
  const ownOrigin = new URL(config.PUBLIC_URL).origin;
  const sameOrigin = async (request: FastifyRequest) => {
    const origin = request.headers.origin;
    if (origin === undefined) return; // not a browser: no ambient cookie to abuse
    if (
      origin === ownOrigin ||
      (URL.canParse(origin) && new URL(origin).host === request.headers.host)
    ) {
      return;
    }
    throw new ForbiddenError(
      'Requête refusée : elle ne vient pas de l’application Cap Numérique.',
      'FOREIGN_ORIGIN',
    );
  };

  app.post(
    '/api/auth/refresh',
    {
      onRequest: sameOrigin,
      schema: {
        tags: ['auth'],
        summary: 'Renouveler le jeton d’accès (cookie de session, rotation)',
        response: { 200: AuthResponse, 401: ApiError, 403: ApiError },
      },
    },
    async (request, reply) => {
      try {
        return startSession(reply, await auth.refresh(request.cookies[REFRESH_COOKIE]));
      } catch (error) {
        // After a race the browser already holds the winner's new cookie: keep it.
        if ((error as { code?: string }).code !== 'REFRESH_RACE') {
          reply.clearCookie(REFRESH_COOKIE, cookieOptions);
        }
        throw error;
      }
    },
  );

  app.post(
    '/api/auth/logout',
    {
      onRequest: sameOrigin,
      schema: {
        tags: ['auth'],
        summary: 'Déconnexion (révoque la session)',
        response: { 204: z.null(), 403: ApiError },
      },
    },
    async (request, reply) => {
      // A client that holds only its access token can end its session too.
      const claims = request.headers.authorization
        ? await request.jwtVerify<AccessClaims>().catch(() => undefined)
        : undefined;
      await auth.logout(request.cookies[REFRESH_COOKIE], claims);
      reply.clearCookie(REFRESH_COOKIE, cookieOptions);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ['compte'],
        summary: 'Mon compte',
        security: [{ bearerAuth: [] }],
        response: { 200: Me, 401: ApiError },
      },
    },
    async (request) => auth.me(request.user),
  );
};
