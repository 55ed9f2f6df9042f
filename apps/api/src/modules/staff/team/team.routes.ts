import { ApiError, IdParam, ScopeBody, Team } from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { refusals, security } from '../staff-schemas.ts';
import type { TeamService } from './team.service.ts';

const tags = ['équipe : conseillers'];

export const teamRoutes: FastifyPluginAsyncZod<{ team: TeamService }> = async (app, { team }) => {
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
};
