import type { Locator } from 'playwright-core';

// Finding the van tour's pieces on a page, for the tour journeys.

/** The card of one session, inside a list of sessions, found by its workshop title. */
export function sessionCard(scope: Locator, title: string): Locator {
  return scope
    .getByRole('listitem')
    .filter({ has: scope.page().getByRole('heading', { name: title, exact: true }) });
}

/** A stop's sessions, in the accessibility tree only while its `<details>` is open. */
export const sessionList = (stop: Locator) => stop.getByRole('list', { name: /^Ateliers à / });

/** The line that folds and unfolds a stop's sessions. */
export const summaryOf = (stop: Locator) => stop.locator('summary');

export const seatsOf = async (card: Locator) => card.locator('.session-card__seats').textContent();

/** "3 places restantes" → 3. */
export function seatCount(seats: string | null): number {
  const match = /^(\d+) places? restantes?$/.exec(seats ?? '');
  if (!match) throw new Error(`not a seat count: ${seats}`);
  return Number(match[1]);
}

export const seatsText = (count: number) =>
  count === 1 ? '1 place restante' : `${count} places restantes`;

/** Today in Paris, and a day some weeks ahead, as 'YYYY-MM-DD'. */
export function parisDay(offsetDays = 0): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(day);
}
