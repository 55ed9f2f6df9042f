import {
  ApiError,
  IdParam,
  MemberFile,
  MemberList,
  MemberListQuery,
  MemberNote,
  NoteBody,
  StopPack,
  VisitBody,
} from '@capnum/contracts';
import type { FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../../plugins/authentication.ts';
import type { AdvisorService } from './advisor.service.ts';

const tags = ['conseillers'];
const security = [{ bearerAuth: [] }];
const refusals = { 401: ApiError, 403: ApiError };

const memberRoutes: FastifyPluginAsyncZod<{ advisor: AdvisorService }> = async (
  app,
  { advisor },
) => {
  app.get(
    '/members',
    {
      schema: {
        tags,
        summary: 'Les membres qui partagent leur diagnostic, dans mes départements',
        security,
        querystring: MemberListQuery,
        response: { 200: MemberList, 400: ApiError, ...refusals },
      },
    },
    async (request) => advisor.list(request.user, request.query),
  );

  app.get(
    '/members/:id',
    {
      schema: {
        tags,
        summary: 'Le dossier d’un membre (la consultation est inscrite dans son journal)',
        security,
        params: IdParam,
        response: { 200: MemberFile, 400: ApiError, 404: ApiError, ...refusals },
      },
    },
    async (request) => advisor.file(request.user, request.params.id),
  );

  app.get(
    '/members/:id/brief',
    {
      schema: {
        tags,
        summary: 'La fiche de visite d’un membre, à imprimer (consultation inscrite au journal)',
        security,
        params: IdParam,
        response: { 200: MemberFile, 400: ApiError, 404: ApiError, ...refusals },
      },
    },
    async (request) => advisor.brief(request.user, request.params.id),
  );

  app.put(
    '/members/:id/visit',
    {
      schema: {
        tags,
        summary: 'La date de visite prévue chez un membre (null : aucune)',
        security,
        params: IdParam,
        body: VisitBody,
        response: {
          200: z.object({ plannedVisit: z.string().nullable() }),
          400: ApiError,
          404: ApiError,
          ...refusals,
        },
      },
    },
    async (request) => advisor.planVisit(request.user, request.params.id, request.body.plannedOn),
  );

  app.post(
    '/members/:id/notes',
    {
      schema: {
        tags,
        summary: 'Ajouter une note sur un membre (lue par les conseillers et l’équipe seulement)',
        security,
        params: IdParam,
        body: NoteBody,
        response: { 201: MemberNote, 400: ApiError, 404: ApiError, ...refusals },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await advisor.addNote(request.user, request.params.id, request.body.text)),
  );

  app.patch(
    '/notes/:id',
    {
      schema: {
        tags,
        summary: 'Corriger sa note, dans les 24 heures',
        security,
        params: IdParam,
        body: NoteBody,
        response: { 200: MemberNote, 400: ApiError, 404: ApiError, ...refusals },
      },
    },
    async (request) => advisor.editNote(request.user, request.params.id, request.body.text),
  );

  app.delete(
    '/notes/:id',
    {
      schema: {
        tags,
        summary: 'Supprimer sa note, dans les 24 heures',
        security,
        params: IdParam,
        response: { 204: z.null(), 400: ApiError, 404: ApiError, ...refusals },
      },
    },
    async (request, reply) => {
      await advisor.deleteNote(request.user, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/stops/:id/pack',
    {
      schema: {
        tags,
        summary: 'Le dossier d’une étape du van : les membres inscrits et leurs fiches',
        security,
        params: IdParam,
        response: { 200: StopPack, 400: ApiError, 404: ApiError, ...refusals },
      },
    },
    async (request) => advisor.stopPack(request.user, request.params.id),
  );
};

/**
 * Everything under /api/advisor: advisors (within their départements) and the chamber's
 * staff read consenting members of their own chamber; authentication and role checked once.
 */
export const advisorRoutes: FastifyPluginAsync<{ advisor: AdvisorService }> = async (
  app,
  { advisor },
) => {
  app.addHook('onRequest', app.authenticate);
  app.addHook('onRequest', requireRole('advisor', 'staff'));
  await app.register(memberRoutes, { advisor });
};
