import { isValidSiret } from '@capnum/contracts';

/** Completes 13 digits with the check digit that makes a valid SIRET (demo and test data only). */
export function siretFrom(thirteenDigits: string): string {
  if (!/^\d{13}$/.test(thirteenDigits)) throw new Error(`13 digits expected: ${thirteenDigits}`);
  for (let key = 0; key <= 9; key += 1) {
    const candidate = `${thirteenDigits}${key}`;
    if (isValidSiret(candidate)) return candidate;
  }
  throw new Error(`no check digit makes ${thirteenDigits} a valid SIRET`);
}
