import type { z } from 'zod';

// Free text from people: printable characters only. A NUL byte or a terminal escape has no
// business in a business name, and PostgreSQL refuses NUL in text outright.

const TAB = 0x09;
const LINE_FEED = 0x0a;

/** C0 controls, DEL, C1 controls and the Unicode line and paragraph separators. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/** Whether the text holds a control character (a line feed and a tab allowed when asked). */
export function hasControlCharacter(value: string, allowLineFeedAndTab = false): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (allowLineFeedAndTab && (code === LINE_FEED || code === TAB)) continue;
    if (isControl(code)) return true;
  }
  return false;
}

export const ONE_LINE_MESSAGE =
  'Ce texte contient un caractère non autorisé (retour à la ligne ou caractère invisible) : retirez-le.';
export const TEXT_MESSAGE =
  'Ce texte contient un caractère invisible non autorisé : retirez-le, ou retapez le texte.';

/** One line of text: no line break, no control character (after trimming). */
export function oneLine<Schema extends z.ZodString>(schema: Schema): Schema {
  return schema.refine((value) => !hasControlCharacter(value), { error: ONE_LINE_MESSAGE });
}

/** Several lines ("\n"), tabs allowed; no other control character, no carriage return. */
export function multiLine<Schema extends z.ZodString>(schema: Schema): Schema {
  return schema.refine((value) => !hasControlCharacter(value, true), { error: TEXT_MESSAGE });
}

/** A short, printable excerpt of what someone typed, for messages that quote it. */
export function excerpt(value: string, length = 40): string {
  const printable = Array.from(value, (character) =>
    isControl(character.charCodeAt(0)) ? ' ' : character,
  )
    .join('')
    .trim();
  return printable.length > length ? `${printable.slice(0, length - 1)}…` : printable;
}
