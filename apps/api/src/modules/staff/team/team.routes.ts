import {
  ApiError,
  DisplayNameBody,
  IdParam,
  Invitation,
  InvitationBody,
  Invitations,
  ScopeBody,
  SentEmails,
  Team,
} from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { InvitationsService } from '../../accounts/invitations.service.ts';
import { refusals, security } from '../staff-schemas.ts';
import type { OutboxView } from './outbox-view.ts';
import type { TeamService } from './team.service.ts';

const tags = ['équipe : conseillers'];

export const teamRoutes: FastifyPluginAsyncZod<{
  team: TeamService;
  invitations: InvitationsService;
  outbox: OutboxView | null;
}> = async (app, { team, invitations, outbox }) => {
  app.get(
    '/team',
    {
      schema: {
        tags,
        summary: 'Les conseillers et l’équipe de la chambre, avec les départements suivis',
        security,
        response: { 200: Team, ...refusals },
      },
    },
    async (request) => team.team(request.user),
  );

  app.put(
    '/team/:id/departements',
    {
      schema: {
        tags,
        summary: 'Les départements que suit un conseiller (liste vide : tous)',
        security,
        params: IdParam,
        body: ScopeBody,
        response: { 200: Team, 400: ApiError, 404: ApiError, 422: ApiError, ...refusals },
      },
    },
    async (request) => team.setScope(request.user, request.params.id, request.body.departements),
  );

  app.put(
    '/team/:id/display-name',
    {
      schema: {
        tags,
        summary: 'Le nom affiché d’un membre de l’équipe (lu par les artisans dans leur journal)',
        security,
        params: IdParam,
        body: DisplayNameBody,
        response: { 200: Team, 400: ApiError, 404: ApiError, ...refusals },
      },
    },
    async (request) =>
      team.setDisplayName(request.user, request.params.id, request.body.displayName),
  );

  app.post(
    '/team/:id/deactivate',
    {
      schema: {
        tags,
        summary: 'Désactiver le compte d’un conseiller ou d’un membre de l’équipe (effet immédiat)',
        security,
        params: IdParam,
        response: { 200: Team, 400: ApiError, 404: ApiError, 409: ApiError, ...refusals },
      },
    },
    async (request) => team.deactivate(request.user, request.params.id),
  );

  app.get(
    '/invitations',
    {
      schema: {
        tags,
        summary: 'Les invitations de la chambre : en attente, acceptées, expirées, annulées',
        security,
        response: { 200: Invitations, ...refusals },
      },
    },
    async (request) => invitations.list(request.user),
  );

  app.post(
    '/invitations',
    {
      schema: {
        tags,
        summary: 'Inviter un conseiller ou un membre de l’équipe par e-mail (lien valable 7 jours)',
        security,
        body: InvitationBody,
        response: { 201: Invitation, 400: ApiError, 409: ApiError, 422: ApiError, ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await invitations.invite(request.user, request.body)),
  );

  app.post(
    '/invitations/:id/resend',
    {
      schema: {
        tags,
        summary: 'Renvoyer une invitation (nouveau lien ; l’ancien ne marche plus)',
        security,
        params: IdParam,
        response: { 200: Invitation, 400: ApiError, 404: ApiError, 409: ApiError, ...refusals },
      },
    },
    async (request) => invitations.resend(request.user, request.params.id),
  );

  app.delete(
    '/invitations/:id',
    {
      schema: {
        tags,
        summary: 'Annuler une invitation (son lien ne marche plus)',
        security,
        params: IdParam,
        response: { 200: Invitation, 400: ApiError, 404: ApiError, 409: ApiError, ...refusals },
      },
    },
    async (request) => invitations.revoke(request.user, request.params.id),
  );

  // Outside production only: a newcomer follows invitation and reset links without SMTP.
  if (outbox) {
    app.get(
      '/outbox',
      {
        schema: {
          tags,
          summary: 'Courriels envoyés par la chambre (hors production seulement)',
          security,
          response: { 200: SentEmails, ...refusals },
        },
      },
      async (request) => outbox.list(request.user),
    );
  }
};
