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
} from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deleted, refusals, security } from '../staff-schemas.ts';
import type { StaffSessionsService } from './sessions.service.ts';

const tags = ['équipe : tournée'];

export const staffSessionsRoutes: FastifyPluginAsyncZod<{
  sessions: StaffSessionsService;
}> = async (app, { sessions }) => {
  // ---------------------------------------------------------------- sessions

  app.get(
    '/sessions',
    {
      schema: {
        tags,
        summary: 'Les séances de ma chambre avec leurs inscrits, par heure de début',
        security,
        querystring: StaffSessionQuery,
        response: { 200: StaffSessionList, 400: ApiError, ...refusals },
      },
    },
    async (request) => ({ sessions: await sessions.list(request.user, request.query) }),
  );

  app.post(
    '/sessions',
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
      reply.status(201).send(await sessions.create(request.user, request.body)),
  );

  app.patch(
    '/sessions/:id',
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
    async (request) => sessions.update(request.user, request.params.id, request.body),
  );

  app.delete(
    '/sessions/:id',
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
      await sessions.remove(request.user, request.params.id);
      return reply.status(204).send(null);
    },
  );

  // ---------------------------------------------------------------- registrants

  app.get(
    '/sessions/:id/registrations',
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
      registrations: await sessions.listRegistrants(request.user, request.params.id),
    }),
  );

  app.patch(
    '/registrations/:id',
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
      sessions.markAttendance(request.user, request.params.id, request.body.attended),
  );
};
