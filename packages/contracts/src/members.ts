import { z } from 'zod';
import { Timestamp } from './common.ts';

/** A business account as chamber staff see it when checking who claims a SIRET. */
export const SiretClaim = z
  .object({
    artisanId: z.uuid(),
    businessName: z.string(),
    email: z.string(),
    emailConfirmed: z.boolean(),
    communeName: z.string(),
    signedUpAt: Timestamp,
  })
  .meta({ id: 'SiretClaim' });
export type SiretClaim = z.infer<typeof SiretClaim>;

/** A SIRET claimed by a newer account while another already held it: for the chamber to check. */
export const SiretConflict = z
  .object({
    siret: z.string(),
    flaggedAt: Timestamp,
    claim: SiretClaim.describe('Le compte qui a déclaré ce SIRET en dernier'),
    earlierClaims: z
      .array(SiretClaim)
      .describe('Les comptes de ma chambre qui le déclaraient déjà'),
    claimsInOtherChambers: z
      .number()
      .int()
      .describe(
        'Comptes d’autres chambres déclarant ce SIRET (sans détail : ils ne sont pas à nous)',
      ),
  })
  .meta({ id: 'SiretConflict' });
export type SiretConflict = z.infer<typeof SiretConflict>;

export const SiretConflictList = z
  .object({ conflicts: z.array(SiretConflict) })
  .meta({ id: 'SiretConflictList' });
export type SiretConflictList = z.infer<typeof SiretConflictList>;
