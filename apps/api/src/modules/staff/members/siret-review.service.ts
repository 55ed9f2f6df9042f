import type { SiretClaim, SiretConflict } from '@capnum/contracts';
import type { Db } from '../../../db/database.ts';
import { recordAudit } from '../../../lib/audit.ts';
import type { Clock } from '../../../lib/clock.ts';
import { NotFoundError } from '../../../lib/errors.ts';
import type { AccessClaims } from '../../../plugins/authentication.ts';
import * as repository from './siret-review.repository.ts';

function toClaim(row: repository.ClaimRow): SiretClaim {
  return {
    artisanId: row.id,
    businessName: row.business_name,
    email: row.email,
    emailConfirmed: row.email_confirmed_at !== null,
    communeName: row.commune_name,
    signedUpAt: row.created_at.toISOString(),
  };
}

/**
 * Sign-up accepts a SIRET that someone already claimed (a squatter must not lock the real
 * owner out) and flags the newer account: staff check who is who, then mark it reviewed.
 */
export function createSiretReviewService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    async list(claims: AccessClaims): Promise<SiretConflict[]> {
      const pending = await repository.listPendingConflicts(db, claims.chamberId);
      const sirets = [...new Set(pending.map((row) => row.siret))];
      const [inChamber, elsewhere] = await Promise.all([
        repository.listClaimsInChamber(db, claims.chamberId, sirets),
        repository.countClaimsElsewhere(db, claims.chamberId, sirets),
      ]);
      return pending.map((row) => ({
        siret: row.siret,
        flaggedAt: (row.siret_conflict_at as Date).toISOString(),
        claim: toClaim(row),
        earlierClaims: inChamber
          .filter(
            (other) =>
              other.siret === row.siret &&
              other.id !== row.id &&
              other.created_at.getTime() <= row.created_at.getTime(),
          )
          .map(toClaim),
        claimsInOtherChambers: Number(
          elsewhere.find((count) => count.siret === row.siret)?.count ?? 0,
        ),
      }));
    },

    async markReviewed(claims: AccessClaims, artisanId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const reviewed = await repository.markReviewed(
          trx,
          claims.chamberId,
          artisanId,
          claims.sub,
          clock.now(),
        );
        if (!reviewed) {
          throw new NotFoundError(
            'Aucun SIRET à vérifier pour ce compte.',
            'SIRET_CONFLICT_NOT_FOUND',
          );
        }
        await recordAudit(trx, claims, { action: 'siret.reviewed', details: { artisanId } });
      });
    },
  };
}

export type SiretReviewService = ReturnType<typeof createSiretReviewService>;
