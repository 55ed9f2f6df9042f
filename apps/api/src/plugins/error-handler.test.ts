import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandler, serializeError } from './error-handler.ts';

/** What a pg or PGlite error carries: the SQL, its parameters and the database's detail. */
function databaseError(code: string, message: string) {
  return Object.assign(new Error(message), {
    code,
    severity: 'ERROR',
    detail: 'Key (email)=(jeanne.morel@exemple.fr) already exists.',
    query: 'insert into users (email, password_hash) values ($1, $2)',
    parameters: ['jeanne.morel@exemple.fr', '$argon2id$v=19$m=19456,t=2,p=1$c2VsAAAA$aGFzaA'],
    params: ['jeanne.morel@exemple.fr'],
    where: 'SQL statement',
  });
}

async function appThrowing(error: Error) {
  const lines: string[] = [];
  const app = Fastify({
    logger: {
      level: 'info',
      serializers: { err: serializeError },
      stream: new Writable({
        write(chunk, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    },
  });
  registerErrorHandler(app);
  app.get('/boom', async () => {
    throw error;
  });
  const response = await app.inject({ method: 'GET', url: '/boom' });
  await app.close();
  return { response, logs: lines.join('\n') };
}

describe('database errors', () => {
  it('answer what a client sent that PostgreSQL refuses (class 22) with a French 400', async () => {
    for (const code of ['22021', '22P05', '22P02', '22001', '22003']) {
      const { response } = await appThrowing(databaseError(code, 'invalid byte sequence'));
      expect(response.statusCode, code).toBe(400);
      expect(response.json()).toEqual({
        statusCode: 400,
        code: 'INVALID_DATA',
        message:
          'Une valeur envoyée ne peut pas être enregistrée (caractère ou format non accepté) : corrigez-la puis réessayez.',
      });
    }
  });

  it('log a server failure without its SQL, parameters or detail', async () => {
    const { response, logs } = await appThrowing(databaseError('XX000', 'internal error'));
    expect(response.statusCode).toBe(500);
    expect(response.json().code).toBe('INTERNAL_ERROR');
    expect(logs).toContain('"code":"XX000"');
    expect(logs).toContain('internal error');
    for (const secret of [
      'jeanne.morel@exemple.fr',
      '$argon2id$',
      'insert into users',
      'SQL statement',
    ]) {
      expect(logs).not.toContain(secret);
    }
  });
});
