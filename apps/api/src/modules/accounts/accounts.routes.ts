import {
  ApiError,
  EmailConfirmed,
  OneTimeTokenBody,
  SignupAccepted,
  SignupBody,
} from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
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
        summary: 'Inscription d’un artisan (la même réponse, que l’adresse soit connue ou non)',
        body: SignupBody,
        response: { 202: SignupAccepted, 400: ApiError, 422: ApiError, 429: ApiError },
      },
    },
    async (request, reply) => reply.status(202).send(await accounts.signup(request.body)),
  );

  app.post(
    '/api/auth/email-confirmation',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Confirmer son adresse e-mail (lien reçu à l’inscription)',
        body: OneTimeTokenBody,
        response: { 200: EmailConfirmed, 400: ApiError, 429: ApiError },
      },
    },
    async (request) => accounts.confirmEmail(request.body.token),
  );

  app.post(
    '/api/auth/email-confirmation/resend',
    {
      onRequest: [app.authenticate],
      config: { rateLimit: { max: 5, timeWindow: '15 minutes' } },
      schema: {
        tags: ['auth'],
        summary: 'Recevoir un nouveau lien de confirmation',
        security: [{ bearerAuth: [] }],
        response: { 202: SignupAccepted, 401: ApiError, 409: ApiError, 429: ApiError },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await accounts.resendConfirmation(request.user)),
  );
};
