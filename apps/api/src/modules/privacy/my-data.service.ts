import type { AccountErased, ArtisanProfile, BusinessDetailsBody, MyData } from '@capnum/contracts';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import { AppError, NotFoundError } from '../../lib/errors.ts';
import type { LinkTo } from '../../lib/mailer.ts';
import { ownerOf } from '../../lib/owner.ts';
import { verifyPassword } from '../../lib/passwords.ts';
import type { AccessClaims } from '../../plugins/authentication.ts';
import { artisanProfileColumns, toArtisanProfile } from '../accounts/artisan-profile.ts';
import type { SessionCheck } from '../auth/session-check.ts';
import { bookingsWithSessions } from '../registrations/registration.repository.ts';
import { eraseArtisanAccount } from './erasure.ts';
import { accessSentence } from './privacy.service.ts';

const wrongPassword = () =>
  new AppError(
    403,
    'WRONG_PASSWORD',
    'Mot de passe incorrect : votre compte n’a pas été supprimé.',
  );

/**
 * The artisan's RGPD rights over their own data: take it away (every category, nothing
 * of anyone else), and erase it. Every query filters by the owner's artisan and chamber.
 */
export function createMyData({
  db,
  clock,
  link,
  sessionCheck,
}: {
  db: Db;
  clock: Clock;
  link: LinkTo;
  sessionCheck: Pick<SessionCheck, 'forgetUser'>;
}) {
  return {
    async export(claims: AccessClaims): Promise<MyData> {
      const owner = ownerOf(claims);
      const account = await db
        .selectFrom('users')
        .innerJoin('chambers', 'chambers.id', 'users.chamber_id')
        .innerJoin('artisans', (join) =>
          join
            .onRef('artisans.user_id', '=', 'users.id')
            .on('artisans.id', '=', owner.artisanId)
            .on('artisans.chamber_id', '=', owner.chamberId),
        )
        .select([
          'users.email',
          'users.role',
          'users.created_at',
          'users.email_confirmed_at',
          'users.last_seen_at',
          'chambers.name as chamber_name',
          'artisans.id',
          'artisans.business_name',
          'artisans.siret',
          'artisans.trade',
          'artisans.sector',
          'artisans.commune_code',
          'artisans.commune_name',
          'artisans.departement',
          'artisans.employee_band',
          'artisans.website',
          'artisans.share_with_advisor',
          'artisans.consent_at',
        ])
        .where('users.id', '=', claims.sub)
        .where('users.chamber_id', '=', owner.chamberId)
        .executeTakeFirst();
      if (!account)
        throw new NotFoundError('Profil d’entreprise introuvable.', 'ARTISAN_NOT_FOUND');
      const [assessments, bookings, consents, accesses, notes] = await Promise.all([
        db
          .selectFrom('assessments')
          .select([
            'id',
            'status',
            'questionnaire_version',
            'created_at',
            'submitted_at',
            'level_overall',
            'score_overall',
            'score_visibility',
            'score_referencing',
            'score_content',
            'score_social',
            'answers',
            'profile',
          ])
          .where('artisan_id', '=', owner.artisanId)
          .where('chamber_id', '=', owner.chamberId)
          .orderBy('created_at')
          .orderBy('id')
          .execute(),
        bookingsWithSessions(db)
          .select([
            'r.id',
            'r.status',
            'r.created_at',
            'r.cancelled_at',
            'w.title',
            's.starts_at',
            'st.commune_name',
            'st.address',
          ])
          .where('r.artisan_id', '=', owner.artisanId)
          .where('r.chamber_id', '=', owner.chamberId)
          .orderBy('s.starts_at')
          .orderBy('r.id')
          .execute(),
        db
          .selectFrom('consent_events')
          .select(['granted', 'at', 'text_version'])
          .where('artisan_id', '=', owner.artisanId)
          .where('chamber_id', '=', owner.chamberId)
          .orderBy('at')
          .orderBy('id')
          .execute(),
        db
          .selectFrom('access_log')
          .innerJoin('chambers', 'chambers.id', 'access_log.chamber_id')
          .select([
            'access_log.at',
            'access_log.viewer_name',
            'access_log.viewer_role',
            'access_log.what',
            'chambers.name as chamber_name',
          ])
          .where('access_log.artisan_id', '=', owner.artisanId)
          .where('access_log.chamber_id', '=', owner.chamberId)
          .orderBy('access_log.at')
          .orderBy('access_log.id')
          .execute(),
        db
          .selectFrom('member_notes')
          .select(['created_at', 'author_name', 'text'])
          .where('artisan_id', '=', owner.artisanId)
          .where('chamber_id', '=', owner.chamberId)
          .orderBy('created_at')
          .orderBy('id')
          .execute(),
      ]);
      return {
        exportedAt: clock.now().toISOString(),
        account: {
          email: account.email,
          role: account.role,
          createdAt: account.created_at.toISOString(),
          emailConfirmedAt: account.email_confirmed_at?.toISOString() ?? null,
          lastSeenAt: account.last_seen_at.toISOString(),
          chamber: account.chamber_name,
        },
        business: toArtisanProfile(account),
        assessments: assessments.map((row) => ({
          id: row.id,
          status: row.status,
          questionnaireVersion: row.questionnaire_version,
          createdAt: row.created_at.toISOString(),
          submittedAt: row.submitted_at?.toISOString() ?? null,
          level: row.level_overall,
          scores: {
            overall: row.score_overall,
            visibility: row.score_visibility,
            referencing: row.score_referencing,
            content: row.score_content,
            social: row.score_social,
          },
          answers: row.answers,
          profile: row.profile ?? null,
        })),
        bookings: bookings.map((row) => ({
          id: row.id,
          status: row.status,
          bookedAt: row.created_at.toISOString(),
          cancelledAt: row.cancelled_at?.toISOString() ?? null,
          workshop: row.title,
          startsAt: row.starts_at.toISOString(),
          stop: `${row.commune_name}, ${row.address}`,
        })),
        consentHistory: consents.map((row) => ({
          granted: row.granted,
          at: row.at.toISOString(),
          textVersion: row.text_version,
        })),
        accessLog: accesses.map((row) => ({
          at: row.at.toISOString(),
          sentence: accessSentence({
            viewerName: row.viewer_name,
            viewerRole: row.viewer_role as 'advisor' | 'staff',
            chamberName: row.chamber_name,
            what: row.what,
            at: row.at,
          }),
        })),
        advisorNotes: notes.map((row) => ({
          at: row.created_at.toISOString(),
          author: row.author_name,
          text: row.text,
        })),
      };
    },

    /** "Mon compte": the business details the artisan may change themselves. */
    async updateBusiness(claims: AccessClaims, body: BusinessDetailsBody): Promise<ArtisanProfile> {
      const owner = ownerOf(claims);
      const row = await db
        .updateTable('artisans')
        .set({
          business_name: body.businessName,
          trade: body.trade,
          sector: body.sector,
          employee_band: body.employeeBand,
          website: body.website ? body.website : null,
        })
        .where('id', '=', owner.artisanId)
        .where('chamber_id', '=', owner.chamberId)
        .where('user_id', '=', claims.sub)
        .returning(artisanProfileColumns)
        .executeTakeFirst();
      if (!row) throw new NotFoundError('Profil d’entreprise introuvable.', 'ARTISAN_NOT_FOUND');
      return toArtisanProfile(row);
    },

    /** Erasure on the artisan's request, confirmed by their password. */
    async erase(claims: AccessClaims, password: string): Promise<AccountErased> {
      const owner = ownerOf(claims);
      const user = await db
        .selectFrom('users')
        .innerJoin('artisans', 'artisans.user_id', 'users.id')
        .select(['users.email', 'users.password_hash'])
        .where('users.id', '=', claims.sub)
        .where('artisans.id', '=', owner.artisanId)
        .where('artisans.chamber_id', '=', owner.chamberId)
        .executeTakeFirst();
      if (!user) throw new NotFoundError('Profil d’entreprise introuvable.', 'ARTISAN_NOT_FOUND');
      if (!(await verifyPassword(user.password_hash, password))) throw wrongPassword();
      await db.transaction().execute(async (trx) => {
        await eraseArtisanAccount(
          trx,
          {
            userId: claims.sub,
            artisanId: owner.artisanId,
            chamberId: owner.chamberId,
            email: user.email,
          },
          'request',
          clock.now(),
          link,
        );
      });
      sessionCheck.forgetUser(claims.sub);
      return { status: 'erased' };
    },
  };
}

export type MyDataService = ReturnType<typeof createMyData>;
