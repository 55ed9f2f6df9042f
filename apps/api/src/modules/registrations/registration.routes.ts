import { ApiError, IdParam, MyRegistrationList, Registration } from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../../plugins/authentication.ts';
import type { RegistrationService } from './registration.service.ts';

const refusals = { 401: ApiError, 403: ApiError };

export const registrationRoutes: FastifyPluginAsyncZod<{
  registrations: RegistrationService;
}> = async (app, { registrations }) => {
  app.addHook('onRequest', app.authenticate);
  app.addHook('onRequest', requireRole('artisan'));
  const security = [{ bearerAuth: [] }];

  app.post(
    '/api/sessions/:id/registrations',
    {
      schema: {
        tags: ['inscriptions'],
        summary: 'M’inscrire à une séance (ou sur sa liste d’attente si elle est complète)',
        security,
        params: IdParam,
        response: {
          201: Registration,
          400: ApiError,
          404: ApiError,
          409: ApiError,
          422: ApiError,
          ...refusals,
        },
      },
    },
    async (request, reply) => {
      const registration = await registrations.register(request.user, request.params.id);
      return reply.status(201).send(registration);
    },
  );

  app.delete(
    '/api/sessions/:id/registrations/me',
    {
      schema: {
        tags: ['inscriptions'],
        summary: 'Annuler mon inscription (la place revient au premier de la liste d’attente)',
        security,
        params: IdParam,
        response: { 204: z.null(), 400: ApiError, 404: ApiError, 422: ApiError, ...refusals },
      },
    },
    async (request, reply) => {
      await registrations.cancel(request.user, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me/registrations',
    {
      schema: {
        tags: ['inscriptions'],
        summary: 'Mes inscriptions en cours et passées (hors annulations)',
        security,
        response: { 200: MyRegistrationList, ...refusals },
      },
    },
    async (request) => registrations.listMine(request.user),
  );

  app.get(
    '/api/sessions/:id/calendar.ics',
    {
      schema: {
        tags: ['inscriptions'],
        summary: 'La séance au format agenda (iCalendar, RFC 5545)',
        security,
        params: IdParam,
        response: {
          200: {
            description: 'Fichier iCalendar',
            content: { 'text/calendar': { schema: z.string() } },
          },
          400: ApiError,
          404: ApiError,
          ...refusals,
        },
      },
    },
    async (request, reply) => {
      const { fileName, content } = await registrations.calendar(request.user, request.params.id);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(content);
    },
  );
};
