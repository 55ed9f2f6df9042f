import {
  ApiError,
  AttendanceBody,
  IdParam,
  Registrant,
  RegistrantList,
  SessionBody,
  SessionPatch,
  StaffSession,
  StaffSessionList,
  StaffSessionQuery,
  StaffStop,
  StaffStopList,
  StaffStopQuery,
  StopBody,
  StopPatch,
  Tour,
  TourBody,
  TourList,
  TourPatch,
  Workshop,
  WorkshopBody,
  WorkshopList,
  WorkshopPatch,
} from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../../plugins/authentication.ts';
import type { StaffTourService } from './staff-tour.service.ts';

const refusals = { 401: ApiError, 403: ApiError };
const tags = ['équipe : tournée'];
const security = [{ bearerAuth: [] }];
const deleted = { 204: z.null(), 400: ApiError, 404: ApiError, 409: ApiError, ...refusals };

export const staffTourRoutes: FastifyPluginAsyncZod<{ staffTour: StaffTourService }> = async (
  app,
  { staffTour },
) => {
  app.addHook('onRequest', app.authenticate);
  app.addHook('onRequest', requireRole('staff'));

  // ---------------------------------------------------------------- workshops

  app.get(
    '/api/staff/workshops',
    {
      schema: {
        tags,
        summary: 'Le catalogue d’ateliers de ma chambre',
        security,
        response: { 200: WorkshopList, ...refusals },
      },
    },
    async (request) => ({ workshops: await staffTour.listWorkshops(request.user) }),
  );

  app.post(
    '/api/staff/workshops',
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
      reply.status(201).send(await staffTour.createWorkshop(request.user, request.body)),
  );

  app.patch(
    '/api/staff/workshops/:id',
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
    async (request) => staffTour.updateWorkshop(request.user, request.params.id, request.body),
  );

  app.delete(
    '/api/staff/workshops/:id',
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
      await staffTour.deleteWorkshop(request.user, request.params.id);
      return reply.status(204).send(null);
    },
  );

  // ---------------------------------------------------------------- tours

  app.get(
    '/api/staff/tours',
    {
      schema: {
        tags,
        summary: 'Les tournées de ma chambre',
        security,
        response: { 200: TourList, ...refusals },
      },
    },
    async (request) => ({ tours: await staffTour.listTours(request.user) }),
  );

  app.post(
    '/api/staff/tours',
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
      reply.status(201).send(await staffTour.createTour(request.user, request.body.name)),
  );

  app.patch(
    '/api/staff/tours/:id',
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
    async (request) => staffTour.renameTour(request.user, request.params.id, request.body.name),
  );

  app.delete(
    '/api/staff/tours/:id',
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
      await staffTour.deleteTour(request.user, request.params.id);
      return reply.status(204).send(null);
    },
  );

  // ---------------------------------------------------------------- stops

  app.get(
    '/api/staff/stops',
    {
      schema: {
        tags,
        summary: 'Les étapes de ma chambre (passées comprises), par date',
        security,
        querystring: StaffStopQuery,
        response: { 200: StaffStopList, 400: ApiError, ...refusals },
      },
    },
    async (request) => ({ stops: await staffTour.listStops(request.user, request.query) }),
  );

  app.post(
    '/api/staff/stops',
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
      reply.status(201).send(await staffTour.createStop(request.user, request.body)),
  );

  app.patch(
    '/api/staff/stops/:id',
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
    async (request) => staffTour.updateStop(request.user, request.params.id, request.body),
  );

  app.delete(
    '/api/staff/stops/:id',
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
      await staffTour.deleteStop(request.user, request.params.id);
      return reply.status(204).send(null);
    },
  );

  // ---------------------------------------------------------------- sessions

  app.get(
    '/api/staff/sessions',
    {
      schema: {
        tags,
        summary: 'Les séances de ma chambre avec leurs inscrits, par heure de début',
        security,
        querystring: StaffSessionQuery,
        response: { 200: StaffSessionList, 400: ApiError, ...refusals },
      },
    },
    async (request) => ({ sessions: await staffTour.listSessions(request.user, request.query) }),
  );

  app.post(
    '/api/staff/sessions',
    {
      schema: {
        tags,
        summary: 'Programmer une séance d’atelier à une étape',
        security,
        body: SessionBody,
        response: { 201: StaffSession, 400: ApiError, 422: ApiError, ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await staffTour.createSession(request.user, request.body)),
  );

  app.patch(
    '/api/staff/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Modifier ou annuler une séance (les inscrits sont prévenus par e-mail)',
        security,
        params: IdParam,
        body: SessionPatch,
        response: {
          200: StaffSession,
          400: ApiError,
          404: ApiError,
          409: ApiError,
          422: ApiError,
          ...refusals,
        },
      },
    },
    async (request) => staffTour.updateSession(request.user, request.params.id, request.body),
  );

  app.delete(
    '/api/staff/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Supprimer une séance sans inscriptions',
        security,
        params: IdParam,
        response: deleted,
      },
    },
    async (request, reply) => {
      await staffTour.deleteSession(request.user, request.params.id);
      return reply.status(204).send(null);
    },
  );

  // ---------------------------------------------------------------- registrants

  app.get(
    '/api/staff/sessions/:id/registrations',
    {
      schema: {
        tags,
        summary: 'Les inscrits d’une séance, par ordre d’arrivée',
        security,
        params: IdParam,
        response: { 200: RegistrantList, 400: ApiError, 404: ApiError, ...refusals },
      },
    },
    async (request) => ({
      registrations: await staffTour.listRegistrants(request.user, request.params.id),
    }),
  );

  app.patch(
    '/api/staff/registrations/:id',
    {
      schema: {
        tags,
        summary: 'Pointer la présence d’un inscrit confirmé (séance commencée)',
        security,
        params: IdParam,
        body: AttendanceBody,
        response: {
          200: Registrant,
          400: ApiError,
          404: ApiError,
          409: ApiError,
          422: ApiError,
          ...refusals,
        },
      },
    },
    async (request) =>
      staffTour.markAttendance(request.user, request.params.id, request.body.attended),
  );
};
