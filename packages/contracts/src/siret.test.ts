import { describe, expect, it } from 'vitest';
import { SignupBody } from './auth.ts';
import { isValidSiret, normaliseSiret } from './siret.ts';

describe('isValidSiret', () => {
  it('accepts a SIRET whose Luhn key is right', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('55210055400013')).toBe(true);
  });
  it('refuses a wrong key, a wrong length and letters', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('7328293200007A')).toBe(false);
  });
  it('applies La Poste’s digit-sum rule', () => {
    expect(isValidSiret('35600000000048')).toBe(true);
    expect(isValidSiret('35600000049837')).toBe(true);
  });
  it('strips the spaces people type', () => {
    expect(normaliseSiret('732 829 320 00074')).toBe('73282932000074');
  });
});

describe('SignupBody', () => {
  const valid = {
    email: ' Boulangerie@Example.FR ',
    password: 'un-long-mot-de-passe',
    businessName: 'Boulangerie Martin',
    siret: '732 829 320 00074',
    trade: 'Boulanger',
    sector: 'alimentation',
    communeCode: '89024',
    employeeBand: '1-2',
  };
  it('normalises email and SIRET', () => {
    const parsed = SignupBody.parse(valid);
    expect(parsed.email).toBe('boulangerie@example.fr');
    expect(parsed.siret).toBe('73282932000074');
  });
  it('explains in French what is wrong', () => {
    const result = SignupBody.safeParse({ ...valid, password: 'court', siret: '73282932000075' });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(messages).toEqual([
      ['password', 'Le mot de passe doit contenir au moins 10 caractères.'],
      [
        'siret',
        'Ce numéro SIRET ne semble pas exact : vérifiez les 14 chiffres sur votre extrait Kbis ou sur annuaire-entreprises.data.gouv.fr.',
      ],
    ]);
  });
});
