import {
  AccessLog,
  AccountErased,
  ApiError,
  ArtisanProfile,
  BusinessDetailsBody,
  Consent,
  ConsentBody,
  ErasureBody,
  MyData,
} from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../../plugins/authentication.ts';
import type { MyDataService } from './my-data.service.ts';
import type { PrivacyService } from './privacy.service.ts';

const tags = ['vie privée'];
const security = [{ bearerAuth: [] }];
const refusals = { 401: ApiError, 403: ApiError, 404: ApiError };

/** The artisan's own privacy: sharing with advisors, and who read their data. */
export const privacyRoutes: FastifyPluginAsyncZod<{
  privacy: PrivacyService;
  myData: MyDataService;
}> = async (app, { privacy, myData }) => {
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

  app.get(
    '/api/me/export',
    {
      ...artisanOnly,
      schema: {
        tags,
        summary:
          'Toutes mes données (compte, entreprise, autodiagnostics, ateliers, accords, consultations)',
        security,
        querystring: z.object({ download: z.enum(['1']).optional() }),
        response: { 200: MyData, ...refusals },
      },
    },
    async (request, reply) => {
      const data = await myData.export(request.user);
      if (request.query.download) {
        const day = data.exportedAt.slice(0, 10);
        reply.header(
          'content-disposition',
          `attachment; filename="mes-donnees-cap-numerique-${day}.json"`,
        );
      }
      return data;
    },
  );

  app.delete(
    '/api/me',
    {
      ...artisanOnly,
      config: { rateLimit: { max: 10, timeWindow: '15 minutes' } },
      schema: {
        tags,
        summary: 'Supprimer mon compte (mot de passe exigé) : seuls des chiffres anonymes restent',
        security,
        body: ErasureBody,
        response: { 200: AccountErased, 400: ApiError, ...refusals },
      },
    },
    async (request) => myData.erase(request.user, request.body.password),
  );

  app.put(
    '/api/me/business',
    {
      ...artisanOnly,
      schema: {
        tags,
        summary: 'Modifier les informations de mon entreprise (hors SIRET et commune)',
        security,
        body: BusinessDetailsBody,
        response: { 200: ArtisanProfile, 400: ApiError, ...refusals },
      },
    },
    async (request) => myData.updateBusiness(request.user, request.body),
  );
};
