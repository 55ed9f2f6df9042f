import { ApiError, AuthResponse, SignupBody } from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { sendSession } from '../auth/session-cookie.ts';
import type { AccountsService } from './accounts.service.ts';

interface AccountsRoutesOptions {
  accounts: AccountsService;
  config: Config;
}

export const accountsRoutes: FastifyPluginAsyncZod<AccountsRoutesOptions> = async (
  app,
  { accounts, config },
) => {
  const rateLimit = { max: config.AUTH_RATE_LIMIT, timeWindow: '15 minutes' };

  app.post(
    '/api/auth/signup',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Inscription d’un artisan',
        body: SignupBody,
        response: { 201: AuthResponse, 400: ApiError, 409: ApiError, 422: ApiError, 429: ApiError },
      },
    },
    async (request, reply) => {
      const session = await accounts.signup(request.body);
      return reply.status(201).send(sendSession(reply, session, config));
    },
  );
};
