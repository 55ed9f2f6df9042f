import {
  Aggregates,
  AggregatesQuery,
  ApiError,
  Impact,
  ImpactQuery,
  VanActivity,
} from '@capnum/contracts';
import { parisDate } from '@capnum/contracts/paris-time';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../db/database.ts';
import { recordAudit } from '../../../lib/audit.ts';
import type { Clock } from '../../../lib/clock.ts';
import { slugify } from '../../../lib/slug.ts';
import { refusals, security } from '../staff-schemas.ts';
import type { ProgrammeService } from './programme.service.ts';
import type { StatisticsService } from './statistics.service.ts';
import { activityCsv, aggregatesCsv, aggregatesXlsx, impactCsv } from './statistics-exports.ts';

const tags = ['équipe : statistiques'];

interface StatisticsRoutesOptions {
  statistics: StatisticsService;
  programme: ProgrammeService;
  db: Db;
  clock: Clock;
}

export const statisticsRoutes: FastifyPluginAsyncZod<StatisticsRoutesOptions> = async (
  app,
  { statistics, programme, db, clock },
) => {
  /** Each export is written to the audit log, and named by chamber and date. */
  async function exported(
    request: { user: Parameters<typeof recordAudit>[1] & { chamberId: string }; query: unknown },
    view: string,
    format: string,
    rows: number,
  ): Promise<string> {
    const chamber = await db
      .selectFrom('chambers')
      .select('name')
      .where('id', '=', request.user.chamberId)
      .executeTakeFirstOrThrow();
    await recordAudit(db, request.user, {
      action: 'aggregates.exported',
      details: { view, format, query: request.query, rows },
    });
    const names: Record<string, string> = { impact: 'impact', activity: 'activite-du-van' };
    return `${names[view] ?? view}-${slugify(chamber.name)}-${parisDate(clock.now())}.${format}`;
  }

  app.get(
    '/aggregates',
    {
      schema: {
        tags,
        summary: 'Statistiques de la chambre, petits groupes masqués',
        security,
        querystring: AggregatesQuery,
        response: { 200: Aggregates, 400: ApiError, 422: ApiError, ...refusals },
      },
    },
    async (request) => statistics.aggregates(request.user, request.query),
  );

  const formats = {
    csv: { type: 'text/csv; charset=utf-8', write: aggregatesCsv },
    xlsx: {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      write: aggregatesXlsx,
    },
  } as const;

  for (const [extension, format] of Object.entries(formats)) {
    app.get(
      `/aggregates.${extension}`,
      {
        schema: {
          tags,
          summary: `Les mêmes statistiques, en fichier ${extension.toUpperCase()} pour Excel (export inscrit au journal)`,
          security,
          querystring: AggregatesQuery,
          response: { 200: z.any(), 400: ApiError, 422: ApiError, ...refusals },
        },
      },
      async (request, reply) => {
        const aggregates = await statistics.aggregates(request.user, request.query);
        const filename = await exported(
          request,
          'statistiques',
          extension,
          aggregates.rows.length + aggregates.totals.length,
        );
        return reply
          .type(format.type)
          .header('content-disposition', `attachment; filename="${filename}"`)
          .send(format.write(aggregates));
      },
    );
  }

  app.get(
    '/aggregates/impact',
    {
      schema: {
        tags,
        summary: 'Points gagnés par thème après un atelier du van, et sans atelier',
        security,
        querystring: ImpactQuery,
        response: { 200: Impact, 400: ApiError, 422: ApiError, ...refusals },
      },
    },
    async (request) => programme.impact(request.user, request.query),
  );

  app.get(
    '/aggregates/activity',
    {
      schema: {
        tags,
        summary: 'L’activité du van : inscrits, présents, absents, suivi à 6 mois',
        security,
        querystring: ImpactQuery,
        response: { 200: VanActivity, 400: ApiError, 422: ApiError, ...refusals },
      },
    },
    async (request) => programme.activity(request.user, request.query),
  );

  for (const view of ['impact', 'activity'] as const) {
    app.get(
      `/aggregates/${view}.csv`,
      {
        schema: {
          tags,
          summary: `La même vue (${view}) en CSV pour Excel (export inscrit au journal)`,
          security,
          querystring: ImpactQuery,
          response: { 200: z.any(), 400: ApiError, 422: ApiError, ...refusals },
        },
      },
      async (request, reply) => {
        let body: ReturnType<typeof impactCsv>;
        let rows: number;
        if (view === 'impact') {
          const impact = await programme.impact(request.user, request.query);
          body = impactCsv(impact);
          rows = impact.themes.length;
        } else {
          const activity = await programme.activity(request.user, request.query);
          body = activityCsv(activity);
          rows = activity.stops.reduce((sum, stop) => sum + stop.sessions.length, 0);
        }
        const filename = await exported(request, view, 'csv', rows);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${filename}"`)
          .send(body);
      },
    );
  }
};
