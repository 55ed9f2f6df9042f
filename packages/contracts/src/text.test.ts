import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { excerpt, hasControlCharacter, multiLine, ONE_LINE_MESSAGE, oneLine } from './text.ts';

const line = oneLine(z.string().trim().max(200));
const text = multiLine(z.string().trim().max(2000));

const controls = [0, 7, 8, 9, 10, 11, 12, 13, 27, 31, 127, 0x85, 0x9f, 0x2028, 0x2029].map((code) =>
  String.fromCharCode(code),
);
/** Text a person types: letters, accents, punctuation, emoji; no control character. */
const printable = fc
  .string({ unit: 'grapheme', maxLength: 60 })
  .filter((value) => !hasControlCharacter(value));

describe('oneLine', () => {
  it('refuses every control character and line break, wherever it is', () => {
    fc.assert(
      fc.property(printable, fc.constantFrom(...controls), printable, (before, control, after) => {
        const result = line.safeParse(`${before}x${control}x${after}`);
        expect(result.success).toBe(false);
        expect(result.error?.issues.map((issue) => issue.message)).toContain(ONE_LINE_MESSAGE);
      }),
    );
  });

  it('accepts any printable text, accents and emoji included', () => {
    fc.assert(fc.property(printable, (value) => line.safeParse(value).success === true));
    expect(line.parse('  Boulangerie « L’Épi d’Or » 🥖 ')).toBe('Boulangerie « L’Épi d’Or » 🥖');
  });
});

describe('multiLine', () => {
  it('keeps line feeds and tabs, refuses the other controls and carriage returns', () => {
    expect(text.parse('Première ligne\n\tdeuxième')).toBe('Première ligne\n\tdeuxième');
    for (const control of controls.filter((value) => value !== '\n' && value !== '\t')) {
      expect(text.safeParse(`a${control}b`).success, JSON.stringify(control)).toBe(false);
    }
  });
});

describe('excerpt', () => {
  it('quotes at most a short, printable part of what was typed', () => {
    expect(excerpt('Tournée de printemps')).toBe('Tournée de printemps');
    expect(excerpt(`${'a'.repeat(100)}`)).toBe(`${'a'.repeat(39)}…`);
    expect(excerpt('a\u0000b\nc')).toBe('a b c');
    fc.assert(fc.property(fc.string(), (value) => excerpt(value).length <= 40));
  });
});
