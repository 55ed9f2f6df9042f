import type { Migration } from 'kysely/migration';
import * as foundation from './0001-foundation.ts';
import * as assessments from './0002-assessments.ts';
import * as tour from './0003-tour.ts';
import * as demoChambers from './0004-demo-chambers.ts';
import * as accountSessions from './0005-account-sessions.ts';
import * as emailConfirmation from './0006-email-confirmation.ts';
import * as advisors from './0007-advisors.ts';
import * as accounts from './0008-accounts.ts';
import * as emailAttachments from './0009-email-attachments.ts';
import * as outboxClaims from './0010-outbox-claims.ts';
import * as peerBenchmark from './0012-peer-benchmark.ts';

/**
 * Every migration, in order. A static list (not a folder scan) so the same
 * code runs under tsx, vitest and a bundler, on PostgreSQL and on PGlite.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-assessments': assessments,
  '0003-tour': tour,
  '0004-demo-chambers': demoChambers,
  '0005-account-sessions': accountSessions,
  '0006-email-confirmation': emailConfirmation,
  '0007-advisors': advisors,
  '0008-accounts': accounts,
  '0009-email-attachments': emailAttachments,
  '0010-outbox-claims': outboxClaims,
  '0012-peer-benchmark': peerBenchmark,
};
