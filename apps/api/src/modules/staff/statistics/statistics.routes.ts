import { Aggregates, AggregatesQuery, ApiError } from '@capnum/contracts';
import { parisDate } from '@capnum/contracts/paris-time';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../db/database.ts';
import { recordAudit } from '../../../lib/audit.ts';
import type { Clock } from '../../../lib/clock.ts';
import { slugify } from '../../../lib/slug.ts';
import { refusals, security } from '../staff-schemas.ts';
import type { StatisticsService } from './statistics.service.ts';
import { aggregatesCsv, aggregatesXlsx } from './statistics-exports.ts';

const tags = ['équipe : statistiques'];

interface StatisticsRoutesOptions {
  statistics: StatisticsService;
  db: Db;
  clock: Clock;
}

export const statisticsRoutes: FastifyPluginAsyncZod<StatisticsRoutesOptions> = async (
  app,
  { statistics, db, clock },
) => {
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
        const chamber = await db
          .selectFrom('chambers')
          .select('name')
          .where('id', '=', request.user.chamberId)
          .executeTakeFirstOrThrow();
        await recordAudit(db, request.user, {
          action: 'aggregates.exported',
          details: {
            format: extension,
            query: request.query,
            rows: aggregates.rows.length + aggregates.totals.length,
          },
        });
        const filename = `statistiques-${slugify(chamber.name)}-${parisDate(clock.now())}.${extension}`;
        return reply
          .type(format.type)
          .header('content-disposition', `attachment; filename="${filename}"`)
          .send(format.write(aggregates));
      },
    );
  }
};
