import { parisDate } from '@capnum/contracts/paris-time';
import { UnprocessableError } from '../../../lib/errors.ts';

/** A session ends after it starts, both on the stop's calendar day in Paris. */
export function checkSessionTimes(stopDate: string, startsAt: Date, endsAt: Date): void {
  if (endsAt.getTime() <= startsAt.getTime()) {
    throw new UnprocessableError(
      'La fin de la séance doit être après son début.',
      'SESSION_ENDS_BEFORE_START',
      [{ field: 'endsAt', message: 'La fin doit être après le début.' }],
    );
  }
  const wrong = (
    [
      ['startsAt', startsAt],
      ['endsAt', endsAt],
    ] as const
  ).filter(([, instant]) => parisDate(instant) !== stopDate);
  if (wrong.length > 0) {
    throw new UnprocessableError(
      `La séance doit avoir lieu le jour de l’étape (${stopDate}, heure de Paris).`,
      'SESSION_NOT_ON_STOP_DATE',
      wrong.map(([field]) => ({
        field,
        message: `Doit tomber le ${stopDate} (heure de Paris).`,
      })),
    );
  }
}
