import type { SentEmails } from '@capnum/contracts';
import type { Db } from '../../../db/database.ts';
import type { AccessClaims } from '../../../plugins/authentication.ts';

/**
 * "Courriels envoyés": the chamber's outbox, newest first. Only built outside production,
 * where it stands in for an inbox so a newcomer can follow invitation and reset links.
 */
export function createOutboxView({ db }: { db: Db }) {
  return {
    async list(claims: AccessClaims): Promise<SentEmails> {
      const rows = await db
        .selectFrom('outbox')
        .select([
          'id',
          'to_email',
          'subject',
          'body',
          'attachments',
          'created_at',
          'sent_at',
          'attempts',
          'last_error',
        ])
        .where('chamber_id', '=', claims.chamberId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(100)
        .execute();
      return {
        emails: rows.map((row) => ({
          id: row.id,
          to: row.to_email,
          subject: row.subject,
          body: row.body,
          createdAt: row.created_at.toISOString(),
          sentAt: row.sent_at?.toISOString() ?? null,
          attempts: row.attempts,
          lastError: row.last_error,
          attachments: Array.isArray(row.attachments)
            ? row.attachments.map((file: { filename: string }) => file.filename)
            : [],
        })),
      };
    },
  };
}

export type OutboxView = ReturnType<typeof createOutboxView>;
