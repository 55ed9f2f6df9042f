// What the benchmarks share: the real API (or the bare yardstick) in a process of its
// own, and access tokens signed as the auth service signs them.
import { type ChildProcess, fork } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AccessClaims, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../src/plugins/authentication.ts';

export const BENCH_JWT_SECRET = 'benchmark-secret-of-at-least-thirty-two-characters';

/** HS256 like @fastify/jwt, so a run needs no logins. */
export function signAccessToken(claims: AccessClaims): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const payload = { ...claims, iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, iat: now, exp: now + 3600 };
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
  return `${unsigned}.${createHmac('sha256', BENCH_JWT_SECRET).update(unsigned).digest('base64url')}`;
}

/** Starts a bench server script (it sends a message once listening). */
export function startServer(script: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), {
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_PROFILE && script.includes(process.env.BENCH_PROFILE)
        ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof']
        : []),
    ],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The process's peak resident memory so far, in MB (Linux: VmHWM). */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kilobytes / 1024;
}
