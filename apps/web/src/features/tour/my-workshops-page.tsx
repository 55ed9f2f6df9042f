import type { MyRegistration, TourStopSummary } from '@capnum/contracts';
import { frenchDate, frenchTimeRange, parisDate } from '@capnum/contracts/paris-time';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { Loaded } from '../../components/ui/loaded.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { text } from '../../lib/i18n/index.ts';
import { tourText } from '../../lib/i18n/tour.ts';
import { paths } from '../../lib/paths.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePage } from '../../lib/use-page.ts';
import { tourApi } from './api/tour-api.ts';
import { CalendarButton } from './components/calendar-button.tsx';
import { CancelBooking } from './components/cancel-booking.tsx';
import './tour.css';

interface StopGroup {
  stop: TourStopSummary;
  registrations: MyRegistration[];
}

/** Bookings by stop, in date order, then by start time within a day. */
function groupByStop(registrations: readonly MyRegistration[]): StopGroup[] {
  const groups = new Map<string, StopGroup>();
  const byTime = [...registrations].sort((left, right) =>
    left.stop.date === right.stop.date
      ? left.session.startsAt.localeCompare(right.session.startsAt)
      : left.stop.date.localeCompare(right.stop.date),
  );
  for (const registration of byTime) {
    const group = groups.get(registration.stop.id);
    if (group) group.registrations.push(registration);
    else
      groups.set(registration.stop.id, { stop: registration.stop, registrations: [registration] });
  }
  return [...groups.values()];
}

function statusText(registration: MyRegistration): string {
  const words = tourText.myWorkshops.status;
  if (registration.status === 'attended') return words.attended;
  if (registration.status === 'waitlisted') return words.waitlisted(registration.waitlistPosition);
  return words.confirmed;
}

/** The artisan's bookings: where and when, their status, add to a calendar, cancel. */
export function MyWorkshopsPage() {
  const words = tourText.myWorkshops;
  usePage(words.title);
  const load = useCallback((signal: AbortSignal) => tourApi.myRegistrations(signal), []);
  const { state, reload } = useApiData(load);
  const [cancelledHere, setCancelledHere] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState<string | null>(null);

  function handleCancelled(registration: MyRegistration) {
    setCancelledHere((current) => new Set(current).add(registration.id));
    setAnnouncement(
      words.cancelled(
        registration.session.workshop.title,
        frenchDate(registration.stop.date),
        frenchTimeRange(registration.session.startsAt, registration.session.endsAt),
      ),
    );
    reload();
  }

  const today = parisDate(new Date());
  const registrations =
    state.status === 'loaded'
      ? state.data.registrations.filter((registration) => !cancelledHere.has(registration.id))
      : [];
  const groups = groupByStop(registrations);
  const upcoming = groups.filter((group) => group.stop.date >= today);
  const past = groups.filter((group) => group.stop.date < today);

  return (
    <div className="page page--narrow">
      <h1>{words.title}</h1>
      <p className="lead">{words.lead}</p>

      {/* The cancelled card is gone with the focus it held: the confirmation takes it. */}
      <Notice message={announcement} className="page-announcement" />

      <Loaded state={state} reload={reload} loading={words.loading} retry={words.retry}>
        {() =>
          groups.length === 0 && (
            <div className="empty-state">
              <p>{words.empty}</p>
              <p>
                <Link className="button button--primary" to={paths.tour}>
                  {words.seeStops}
                </Link>
              </p>
            </div>
          )
        }
      </Loaded>

      {upcoming.map((group) => (
        <StopBookings key={group.stop.id} group={group} onCancelled={handleCancelled} />
      ))}

      {past.length > 0 && (
        <section aria-labelledby="my-workshops-past">
          <h2 id="my-workshops-past">{words.pastTitle}</h2>
          {past.map((group) => (
            <StopBookings key={group.stop.id} group={group} past onCancelled={handleCancelled} />
          ))}
        </section>
      )}

      {groups.length > 0 && (
        <p className="my-workshops__more">
          <Link to={paths.tour}>{words.seeStops}</Link>
        </p>
      )}
    </div>
  );
}

interface StopBookingsProps {
  group: StopGroup;
  past?: boolean;
  onCancelled: (registration: MyRegistration) => void;
}

function StopBookings({ group, past = false, onCancelled }: StopBookingsProps) {
  const words = tourText.myWorkshops;
  const { stop } = group;
  const titleId = `my-stop-${stop.id}`;
  const Heading = past ? 'h3' : 'h2';
  const now = Date.now();

  return (
    <section className="stop" aria-labelledby={titleId}>
      <Heading id={titleId} className="stop__title">
        <span className="stop__date">{tourText.page.stopDate(frenchDate(stop.date))}</span>
        <span className="visually-hidden"> : </span>
        <span className="stop__commune">
          {tourText.page.stopTitle(stop.communeName, stop.departement)}
        </span>
      </Heading>
      <p className="stop__address">{tourText.page.address(stop.address, stop.communeName)}</p>
      <ul className="session-list">
        {group.registrations.map((registration) => {
          const { session } = registration;
          const title = session.workshop.title;
          const started = new Date(session.startsAt).getTime() <= now;
          const cancellable = !started && !session.cancelled && registration.status !== 'attended';
          return (
            <li key={registration.id} className="session-card">
              {past ? (
                <h4 className="session-card__title">{title}</h4>
              ) : (
                <h3 className="session-card__title">{title}</h3>
              )}
              <dl className="session-card__facts">
                <div>
                  <dt>{tourText.session.time}</dt>
                  <dd className="session-card__time">
                    {frenchTimeRange(session.startsAt, session.endsAt)}
                  </dd>
                </div>
                <div>
                  <dt>{tourText.session.theme}</dt>
                  <dd>{text.themes[session.workshop.theme].label}</dd>
                </div>
                <div>
                  <dt>{tourText.session.level}</dt>
                  <dd>{text.workshopLevels[session.workshop.level]}</dd>
                </div>
                <div>
                  <dt>{words.statusLabel}</dt>
                  <dd>
                    <span
                      className={`registration-status registration-status--${registration.status}`}
                    >
                      {statusText(registration)}
                    </span>
                  </dd>
                </div>
              </dl>
              {session.cancelled && <p className="alert alert--error">{words.sessionCancelled}</p>}
              {!past && !session.cancelled && (
                <div className="session-card__actions">
                  <CalendarButton sessionId={session.id} title={title} />
                  {cancellable && (
                    <CancelBooking
                      sessionId={session.id}
                      title={title}
                      onCancelled={() => onCancelled(registration)}
                    />
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
