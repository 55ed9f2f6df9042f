/** What a SIRET with a wrong check digit is told, by the browser and by the API alike. */
export const SIRET_KEY_PROBLEM =
  'Ce numéro SIRET ne semble pas exact : vérifiez les 14 chiffres sur votre extrait Kbis ou sur annuaire-entreprises.data.gouv.fr.';

/** SIRET: 14 digits whose Luhn sum is a multiple of 10 (INSEE rule). */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  // La Poste's establishments (SIREN 356000000) follow their own rule: digit sum multiple of 5.
  if (value.startsWith('356000000') && value !== '35600000000048') {
    const sum = [...value].reduce((total, digit) => total + Number(digit), 0);
    return sum % 5 === 0;
  }
  let sum = 0;
  for (let index = 0; index < 14; index += 1) {
    let digit = Number(value[13 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Removes the spaces people type between SIRET groups ("123 456 789 00012"). */
export function normaliseSiret(value: string): string {
  return value.replace(/[\s.]/g, '');
}
