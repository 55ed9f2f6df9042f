import { AccessLog, ApiError, Consent, ConsentBody } from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../../plugins/authentication.ts';
import type { PrivacyService } from './privacy.service.ts';

const tags = ['vie privée'];
const security = [{ bearerAuth: [] }];
const refusals = { 401: ApiError, 403: ApiError, 404: ApiError };

/** The artisan's own privacy: sharing with advisors, and who read their data. */
export const privacyRoutes: FastifyPluginAsyncZod<{ privacy: PrivacyService }> = async (
  app,
  { privacy },
) => {
  const artisanOnly = { onRequest: [app.authenticate, requireRole('artisan')] };

  app.get(
    '/api/me/consent',
    {
      ...artisanOnly,
      schema: {
        tags,
        summary: 'Mon accord de partage avec les conseillers, et son historique',
        security,
        response: { 200: Consent, ...refusals },
      },
    },
    async (request) => privacy.consent(request.user),
  );

  app.put(
    '/api/me/consent',
    {
      ...artisanOnly,
      schema: {
        tags,
        summary: 'Donner ou retirer mon accord (effet immédiat)',
        security,
        body: ConsentBody,
        response: { 200: Consent, 400: ApiError, ...refusals },
      },
    },
    async (request) => privacy.setConsent(request.user, request.body.shareWithAdvisor),
  );

  app.get(
    '/api/me/access-log',
    {
      ...artisanOnly,
      schema: {
        tags,
        summary: 'Qui a consulté mes données, et quand',
        security,
        response: { 200: AccessLog, ...refusals },
      },
    },
    async (request) => privacy.accessLog(request.user),
  );
};
