import type { Executor } from '../db/database.ts';
import type { OneTimeTokenPurpose } from '../db/schema.ts';
import { hashToken, newOpaqueToken } from './tokens.ts';

/** How long each kind of link stays valid. */
export const TOKEN_LIFETIMES_MS: Record<OneTimeTokenPurpose, number> = {
  'email-confirmation': 48 * 60 * 60_000,
  invitation: 7 * 24 * 60 * 60_000,
  'password-reset': 60 * 60_000,
};

export interface TokenToIssue {
  purpose: OneTimeTokenPurpose;
  email: string;
  userId?: string | null;
  chamberId?: string | null;
  payload?: unknown;
}

/**
 * A random token for a link, stored hashed, bound to an e-mail and a purpose. Issuing one
 * kills the earlier live tokens of the same e-mail and purpose: only the newest link works.
 */
export async function issueOneTimeToken(
  trx: Executor,
  token: TokenToIssue,
  now: Date,
): Promise<string> {
  await trx
    .updateTable('one_time_tokens')
    .set({ used_at: now })
    .where('email', '=', token.email)
    .where('purpose', '=', token.purpose)
    .where('used_at', 'is', null)
    .execute();
  const value = newOpaqueToken();
  await trx
    .insertInto('one_time_tokens')
    .values({
      purpose: token.purpose,
      email: token.email,
      user_id: token.userId ?? null,
      chamber_id: token.chamberId ?? null,
      token_hash: hashToken(value),
      payload: token.payload === undefined ? null : JSON.stringify(token.payload),
      expires_at: new Date(now.getTime() + TOKEN_LIFETIMES_MS[token.purpose]),
    })
    .execute();
  return value;
}

/**
 * Uses a token once: the same statement checks purpose, expiry and first use, so two
 * clicks racing on one link cannot both succeed. Undefined when the link is not (or no
 * longer) valid for that purpose.
 */
export function consumeOneTimeToken(
  trx: Executor,
  value: string,
  purpose: OneTimeTokenPurpose,
  now: Date,
) {
  return trx
    .updateTable('one_time_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', hashToken(value))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['id', 'email', 'user_id', 'chamber_id', 'payload'])
    .executeTakeFirst();
}

/** Kills the live tokens of an e-mail for a purpose (a revoked invitation, say). */
export async function revokeOneTimeTokens(
  trx: Executor,
  email: string,
  purpose: OneTimeTokenPurpose,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('one_time_tokens')
    .set({ used_at: now })
    .where('email', '=', email)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}
