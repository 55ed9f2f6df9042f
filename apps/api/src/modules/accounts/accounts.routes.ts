import {
  ApiError,
  AuthResponse,
  EmailConfirmed,
  InvitationAcceptBody,
  OneTimeTokenBody,
  PasswordChangeBody,
  PasswordChanged,
  PasswordResetAccepted,
  PasswordResetBody,
  PasswordResetConfirmBody,
  SignupAccepted,
  SignupBody,
} from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import type { AuthService } from '../auth/auth.service.ts';
import { sendSession } from '../auth/session-cookie.ts';
import type { AccountsService } from './accounts.service.ts';
import type { InvitationsService } from './invitations.service.ts';
import type { PasswordReset } from './password-reset.service.ts';

interface AccountsRoutesOptions {
  accounts: AccountsService;
  passwordReset: PasswordReset;
  invitations: InvitationsService;
  auth: AuthService;
  config: Config;
}

export const accountsRoutes: FastifyPluginAsyncZod<AccountsRoutesOptions> = async (
  app,
  { accounts, passwordReset, invitations, auth, config },
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

  app.post(
    '/api/auth/password-reset',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary:
          'Mot de passe oublié : envoie un lien (la même réponse, que l’adresse soit connue ou non)',
        body: PasswordResetBody,
        response: { 202: PasswordResetAccepted, 400: ApiError, 429: ApiError },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await passwordReset.request(request.body.email)),
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Choisir un nouveau mot de passe avec le lien reçu (ferme toutes les sessions)',
        body: PasswordResetConfirmBody,
        response: { 200: PasswordChanged, 400: ApiError, 429: ApiError },
      },
    },
    async (request) => passwordReset.confirm(request.body.token, request.body.password),
  );

  app.post(
    '/api/auth/invitations/accept',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Accepter une invitation : choisir son mot de passe, puis être connecté',
        body: InvitationAcceptBody,
        response: { 200: AuthResponse, 400: ApiError, 409: ApiError, 429: ApiError },
      },
    },
    async (request, reply) => {
      const userId = await invitations.accept(request.body.token, request.body.password);
      return sendSession(reply, await auth.openSessionFor(userId), config);
    },
  );

  app.put(
    '/api/me/password',
    {
      onRequest: [app.authenticate],
      config: { rateLimit: { max: 10, timeWindow: '15 minutes' } },
      schema: {
        tags: ['auth'],
        summary: 'Changer son mot de passe (ferme les autres sessions)',
        security: [{ bearerAuth: [] }],
        body: PasswordChangeBody,
        response: { 200: AuthResponse, 400: ApiError, 401: ApiError, 403: ApiError, 429: ApiError },
      },
    },
    async (request, reply) => {
      const { sub } = request.user;
      await passwordReset.change(sub, request.body.currentPassword, request.body.newPassword);
      return sendSession(reply, await auth.openSessionFor(sub), config);
    },
  );
};
