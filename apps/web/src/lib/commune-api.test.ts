import type { Commune } from '@capnum/contracts';
import { describe, expect, it } from 'vitest';
import { communeSearchForm, exactCommune } from './commune-api.ts';

const commune = (code: string, name: string): Commune =>
  ({ code, name, postcodes: ['89000'], departement: '89' }) as Commune;

describe('taking a commune typed in full', () => {
  const found = [commune('89387', 'Sens'), commune('89388', 'Sens-Beaujeu')];

  it('takes the one commune whose whole name was typed, whatever the case and accents', () => {
    expect(exactCommune('sens', found)?.code).toBe('89387');
    expect(exactCommune('  SENS ', found)?.code).toBe('89387');
    expect(exactCommune('sens beaujeu', found)?.code).toBe('89388');
    expect(communeSearchForm('Saint-Étienne-du-Rouvray')).toBe('saint etienne du rouvray');
  });

  it('takes nothing when the name is partial or several communes bear it', () => {
    expect(exactCommune('sen', found)).toBeNull();
    expect(
      exactCommune('Saint-Denis', [
        commune('93066', 'Saint-Denis'),
        commune('97411', 'Saint-Denis'),
      ]),
    ).toBeNull();
  });
});
