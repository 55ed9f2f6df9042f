import {
  ApiError,
  CommuneSearchQuery,
  CommuneSearchResponse,
  IdParam,
  StaffStop,
  StaffStopList,
  StaffStopQuery,
  StopBody,
  StopPatch,
  Tour,
  TourBody,
  TourList,
  TourPatch,
} from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deleted, refusals, security } from '../staff-schemas.ts';
import type { ItineraryService } from './itinerary.service.ts';

const tags = ['équipe : tournée'];

export const itineraryRoutes: FastifyPluginAsyncZod<{ itinerary: ItineraryService }> = async (
  app,
  { itinerary },
) => {
  app.get(
    '/communes',
    {
      schema: {
        tags,
        summary: 'Rechercher une commune de la chambre (formulaire des étapes)',
        security,
        querystring: CommuneSearchQuery,
        response: { 200: CommuneSearchResponse, 400: ApiError, ...refusals },
      },
    },
    async (request) => itinerary.communes(request.user, request.query.q),
  );

  // ---------------------------------------------------------------- tours

  app.get(
    '/tours',
    {
      schema: {
        tags,
        summary: 'Les tournées de ma chambre',
        security,
        response: { 200: TourList, ...refusals },
      },
    },
    async (request) => ({ tours: await itinerary.listTours(request.user) }),
  );

  app.post(
    '/tours',
    {
      schema: {
        tags,
        summary: 'Créer une tournée',
        security,
        body: TourBody,
        response: { 201: Tour, 400: ApiError, 409: ApiError, ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await itinerary.createTour(request.user, request.body.name)),
  );

  app.patch(
    '/tours/:id',
    {
      schema: {
        tags,
        summary: 'Renommer une tournée',
        security,
        params: IdParam,
        body: TourPatch,
        response: { 200: Tour, 400: ApiError, 404: ApiError, 409: ApiError, ...refusals },
      },
    },
    async (request) => itinerary.renameTour(request.user, request.params.id, request.body.name),
  );

  app.delete(
    '/tours/:id',
    {
      schema: {
        tags,
        summary: 'Supprimer une tournée sans inscriptions (avec ses étapes et séances)',
        security,
        params: IdParam,
        response: deleted,
      },
    },
    async (request, reply) => {
      await itinerary.deleteTour(request.user, request.params.id);
      return reply.status(204).send(null);
    },
  );

  // ---------------------------------------------------------------- stops

  app.get(
    '/stops',
    {
      schema: {
        tags,
        summary: 'Les étapes de ma chambre (passées comprises), par date',
        security,
        querystring: StaffStopQuery,
        response: { 200: StaffStopList, 400: ApiError, ...refusals },
      },
    },
    async (request) => ({ stops: await itinerary.listStops(request.user, request.query) }),
  );

  app.post(
    '/stops',
    {
      schema: {
        tags,
        summary: 'Ajouter une étape à une tournée',
        security,
        body: StopBody,
        response: { 201: StaffStop, 400: ApiError, 422: ApiError, ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await itinerary.createStop(request.user, request.body)),
  );

  app.patch(
    '/stops/:id',
    {
      schema: {
        tags,
        summary: 'Modifier une étape (les inscrits sont prévenus d’un changement de lieu)',
        security,
        params: IdParam,
        body: StopPatch,
        response: {
          200: StaffStop,
          400: ApiError,
          404: ApiError,
          409: ApiError,
          422: ApiError,
          ...refusals,
        },
      },
    },
    async (request) => itinerary.updateStop(request.user, request.params.id, request.body),
  );

  app.delete(
    '/stops/:id',
    {
      schema: {
        tags,
        summary: 'Supprimer une étape sans inscriptions (avec ses séances)',
        security,
        params: IdParam,
        response: deleted,
      },
    },
    async (request, reply) => {
      await itinerary.deleteStop(request.user, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
