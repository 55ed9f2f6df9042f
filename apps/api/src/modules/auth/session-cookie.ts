import type { FastifyReply } from 'fastify';
import type { Config } from '../../config.ts';
import type { Session } from './auth.service.ts';

export const REFRESH_COOKIE = 'capnum_refresh';

/** The refresh token lives in an httpOnly cookie that only the auth routes receive. */
export function refreshCookieOptions(config: Pick<Config, 'NODE_ENV'>) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.NODE_ENV === 'production',
    path: '/api/auth',
  };
}

/** Sets the refresh cookie and returns the body every sign-in answers with. */
export function sendSession(
  reply: FastifyReply,
  session: Session,
  config: Pick<Config, 'NODE_ENV'>,
) {
  reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
    ...refreshCookieOptions(config),
    expires: session.refreshExpiresAt,
  });
  return { user: session.user, accessToken: session.accessToken };
}
