import {
  ApiError,
  IdParam,
  Workshop,
  WorkshopBody,
  WorkshopList,
  WorkshopPatch,
} from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deleted, refusals, security } from '../staff-schemas.ts';
import type { WorkshopsService } from './workshops.service.ts';

const tags = ['équipe : tournée'];

export const workshopsRoutes: FastifyPluginAsyncZod<{ workshops: WorkshopsService }> = async (
  app,
  { workshops },
) => {
  // ---------------------------------------------------------------- workshops

  app.get(
    '/workshops',
    {
      schema: {
        tags,
        summary: 'Le catalogue d’ateliers de ma chambre',
        security,
        response: { 200: WorkshopList, ...refusals },
      },
    },
    async (request) => ({ workshops: await workshops.list(request.user) }),
  );

  app.post(
    '/workshops',
    {
      schema: {
        tags,
        summary: 'Ajouter un atelier au catalogue',
        security,
        body: WorkshopBody,
        response: { 201: Workshop, 400: ApiError, 409: ApiError, 422: ApiError, ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await workshops.create(request.user, request.body)),
  );

  app.patch(
    '/workshops/:id',
    {
      schema: {
        tags,
        summary: 'Modifier un atelier du catalogue',
        security,
        params: IdParam,
        body: WorkshopPatch,
        response: { 200: Workshop, 400: ApiError, 404: ApiError, ...refusals },
      },
    },
    async (request) => workshops.update(request.user, request.params.id, request.body),
  );

  app.delete(
    '/workshops/:id',
    {
      schema: {
        tags,
        summary: 'Supprimer un atelier jamais programmé',
        security,
        params: IdParam,
        response: deleted,
      },
    },
    async (request, reply) => {
      await workshops.remove(request.user, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
