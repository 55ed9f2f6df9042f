/** Completes 13 digits with the Luhn key that makes a valid SIRET (demo data only). */
export function siretFrom(thirteenDigits: string): string {
  if (!/^\d{13}$/.test(thirteenDigits)) throw new Error(`13 digits expected: ${thirteenDigits}`);
  for (let key = 0; key <= 9; key += 1) {
    const candidate = `${thirteenDigits}${key}`;
    let sum = 0;
    for (let index = 0; index < 14; index += 1) {
      let digit = Number(candidate[13 - index]);
      if (index % 2 === 1) {
        digit *= 2;
        if (digit > 9) digit -= 9;
      }
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}
