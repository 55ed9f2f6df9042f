import {
  type AccessLog,
  type AccessLogEntry,
  CONSENT_TEXT_VERSION,
  type Consent,
  type Role,
} from '@capnum/contracts';
import { frenchLongDate, frenchTime, parisDate } from '@capnum/contracts/paris-time';
import type { Db } from '../../db/database.ts';
import type { AccessLogWhat } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { ownerOf } from '../../lib/owner.ts';
import type { AccessClaims } from '../../plugins/authentication.ts';
import * as repository from './privacy.repository.ts';

const roleWords: Record<Role, string> = {
  advisor: 'conseiller',
  staff: 'équipe de la chambre',
  artisan: 'artisan',
};

const whatWords: Record<AccessLogWhat, string> = {
  file: 'votre dossier (profil, autodiagnostics, inscriptions)',
  brief: 'votre fiche de visite',
  'stop-pack': 'votre fiche dans le dossier d’une étape du van',
};

/** "Camille Martin (conseiller, CMA …) a consulté votre fiche de visite le mardi 1 décembre 2026 à 10 h 05." */
export function accessSentence(entry: {
  viewerName: string;
  viewerRole: Role;
  chamberName: string;
  what: AccessLogWhat;
  at: Date;
}): string {
  const day = frenchLongDate(parisDate(entry.at));
  return `${entry.viewerName} (${roleWords[entry.viewerRole]}, ${entry.chamberName}) a consulté ${whatWords[entry.what]} le ${day} à ${frenchTime(entry.at)}.`;
}

/** The artisan's side of sharing: consent given or withdrawn, and who read what. */
export function createPrivacyService({ db, clock }: { db: Db; clock: Clock }) {
  async function consentOf(claims: AccessClaims): Promise<Consent> {
    const owner = ownerOf(claims);
    const [current, history] = await Promise.all([
      repository.findConsent(db, owner),
      repository.listConsentEvents(db, owner),
    ]);
    if (!current) throw new NotFoundError('Profil d’entreprise introuvable.', 'ARTISAN_NOT_FOUND');
    return {
      shareWithAdvisor: current.share_with_advisor,
      textVersion: CONSENT_TEXT_VERSION,
      history: history.map((event) => ({
        granted: event.granted,
        at: event.at.toISOString(),
        textVersion: event.text_version,
      })),
    };
  }

  return {
    consent: consentOf,

    /** Takes effect for the next advisor request: every member query reads the flag. */
    async setConsent(claims: AccessClaims, shareWithAdvisor: boolean): Promise<Consent> {
      const owner = ownerOf(claims);
      await db.transaction().execute(async (trx) => {
        const current = await repository.findConsent(trx, owner);
        if (!current) {
          throw new NotFoundError('Profil d’entreprise introuvable.', 'ARTISAN_NOT_FOUND');
        }
        // Saying the same thing twice changes nothing and adds no line of history.
        if (current.share_with_advisor === shareWithAdvisor) return;
        await repository.recordConsent(trx, owner, {
          granted: shareWithAdvisor,
          textVersion: CONSENT_TEXT_VERSION,
          at: clock.now(),
        });
      });
      return consentOf(claims);
    },

    async accessLog(claims: AccessClaims): Promise<AccessLog> {
      const rows = await repository.listAccessLog(db, ownerOf(claims));
      const entries: AccessLogEntry[] = rows.map((row) => {
        const viewerRole = row.viewer_role as Role;
        return {
          id: row.id,
          at: row.at.toISOString(),
          what: row.what,
          viewerName: row.viewer_name,
          viewerRole,
          chamberName: row.chamber_name,
          sentence: accessSentence({
            viewerName: row.viewer_name,
            viewerRole,
            chamberName: row.chamber_name,
            what: row.what,
            at: row.at,
          }),
        };
      });
      return { entries };
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
