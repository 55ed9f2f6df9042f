import type { TourSession, Workshop } from '@capnum/contracts';
import { frenchTimeRange } from '@capnum/contracts/paris-time';
import type { ReactNode } from 'react';
import { text } from '../../../lib/i18n/index.ts';
import { tourText } from '../../../lib/i18n/tour.ts';

interface SessionCardProps {
  session: TourSession;
  workshop: Workshop;
  /** Seats left as this page knows them (a booking made here is already taken off). */
  seatsLeft: number;
  /** Why this session is recommended, one French sentence. */
  reason?: string;
  /** The booking button or status. */
  children?: ReactNode;
}

/** One workshop session: what, when, how many seats, and what the artisan can do. */
export function SessionCard({ session, workshop, seatsLeft, reason, children }: SessionCardProps) {
  const words = tourText.session;
  const titleId = `session-${session.id}-title`;
  let seats = words.seatsLeft(seatsLeft);
  if (session.cancelled) seats = words.cancelled;
  return (
    <li className="session-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="session-card__title">
        {workshop.title}
      </h3>
      <dl className="session-card__facts">
        <div>
          <dt>{words.time}</dt>
          <dd className="session-card__time">
            {frenchTimeRange(session.startsAt, session.endsAt)}
          </dd>
        </div>
        <div>
          <dt>{words.theme}</dt>
          <dd>{text.themes[workshop.theme].label}</dd>
        </div>
        <div>
          <dt>{words.level}</dt>
          <dd>{text.workshopLevels[workshop.level]}</dd>
        </div>
        <div>
          <dt>{words.seats}</dt>
          <dd
            className={
              session.cancelled || seatsLeft === 0
                ? 'session-card__seats session-card__seats--none'
                : 'session-card__seats'
            }
          >
            {seats}
          </dd>
        </div>
      </dl>
      {reason && <p className="session-card__reason">{reason}</p>}
      {children}
    </li>
  );
}
