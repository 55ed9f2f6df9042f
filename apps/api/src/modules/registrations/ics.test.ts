import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, formatUtc } from './ics.ts';

const octets = (text: string) => new TextEncoder().encode(text).length;
/** RFC 5545 unfolding: a CRLF followed by one space or tab disappears. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('leaves colons and accents alone', () => {
    expect(escapeText('Van numérique : l’atelier')).toBe('Van numérique : l’atelier');
  });
});

describe('formatUtc', () => {
  it('writes a UTC date-time without separators or milliseconds', () => {
    expect(formatUtc(new Date('2026-05-26T07:05:09.123Z'))).toBe('20260526T070509Z');
  });
});

describe('foldLine', () => {
  it('keeps short lines as they are', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`; // 75 octets exactly
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds at 75 octets with CRLF and a space, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical).toHaveLength(3);
    expect(physical.map(octets)).toEqual([75, 75, 64]);
    expect(physical.slice(1).filter((piece) => !piece.startsWith(' '))).toEqual([]);
    expect(unfold(folded)).toBe(line);
  });

  it('never cuts a multi-byte character in two', () => {
    const line = `LOCATION:${'é’'.repeat(40)}`; // é is 2 octets, ’ is 3
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) {
      expect(octets(piece)).toBeLessThanOrEqual(75);
      expect(piece).not.toContain('\uFFFD');
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe('buildCalendar', () => {
  it('writes one VEVENT in a VCALENDAR with CRLF line ends', () => {
    const calendar = buildCalendar(
      {
        uid: 'session-1@cap-numerique',
        stamp: new Date('2026-05-01T08:00:00Z'),
        start: new Date('2026-05-26T07:00:00Z'),
        end: new Date('2026-05-26T08:00:00Z'),
        summary: 'Van numérique : photos, vidéos; et le reste',
        location: 'Place de l’Arquebuse, Auxerre',
        description: 'Ligne 1\nLigne 2 \\ fin',
        status: 'CONFIRMED',
      },
      '-//CMA//Cap Numerique//FR',
    );
    expect(calendar).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//CMA//Cap Numerique//FR',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:session-1@cap-numerique',
        'DTSTAMP:20260501T080000Z',
        'DTSTART:20260526T070000Z',
        'DTEND:20260526T080000Z',
        'SUMMARY:Van numérique : photos\\, vidéos\\; et le reste',
        'LOCATION:Place de l’Arquebuse\\, Auxerre',
        'DESCRIPTION:Ligne 1\\nLigne 2 \\\\ fin',
        'STATUS:CONFIRMED',
        'TRANSP:OPAQUE',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
