import type { TourStop } from '@capnum/contracts';
import { frenchDate, frenchTimeRange } from '@capnum/contracts/paris-time';
import {
  type MouseEvent,
  type ReactNode,
  type SyntheticEvent,
  useCallback,
  useEffect,
  useState,
} from 'react';
import { Link } from 'react-router';
import { Loaded } from '../../components/ui/loaded.tsx';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { tourText } from '../../lib/i18n/tour.ts';
import { paths, pathTo } from '../../lib/paths.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePage } from '../../lib/use-page.ts';
import { tourApi } from './api/tour-api.ts';
import { availabilityOf, SessionBooking } from './components/session-booking.tsx';
import { SessionCard } from './components/session-card.tsx';
import { type Booking, bookingsBySession, useSessionBookings } from './use-session-bookings.ts';
import './tour.css';

const stopHeadingId = (stop: TourStop) => `stop-${stop.id}`;

/** Every upcoming stop of the van in the chamber, with its sessions; artisans book from here. */
export function TourPage() {
  const words = tourText.page;
  usePage(words.title);
  const auth = useAuth();
  const role = auth.status === 'signed-in' ? auth.user.role : null;
  const isArtisan = role === 'artisan';

  const load = useCallback(
    async (signal: AbortSignal) => {
      const [list, mine] = await Promise.all([
        tourApi.upcomingStops(signal),
        isArtisan ? tourApi.myRegistrations(signal) : null,
      ]);
      return { stops: list.stops, bookings: bookingsBySession(mine?.registrations ?? []) };
    },
    [isArtisan],
  );
  const { state, reload } = useApiData(load);

  return (
    <div className="page">
      <h1>{words.title}</h1>
      <p className="lead">{isArtisan ? words.leadArtisan : words.lead}</p>
      <Loaded state={state} reload={reload} loading={words.loading} retry={words.retry}>
        {({ stops, bookings }) =>
          stops.length === 0 ? (
            <p className="empty-state">{words.empty}</p>
          ) : (
            <StopList
              stops={stops}
              initialBookings={bookings}
              isArtisan={isArtisan}
              isStaff={role === 'staff'}
              homeDepartement={
                auth.status === 'signed-in' ? auth.user.artisan?.departement : undefined
              }
            />
          )
        }
      </Loaded>
    </div>
  );
}

interface StopListProps {
  stops: TourStop[];
  initialBookings: ReadonlyMap<string, Booking>;
  isArtisan: boolean;
  isStaff: boolean;
  homeDepartement: string | undefined;
}

const INDEX_TITLE_ID = 'stop-index-title';

function focusHeading(id: string) {
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
  heading.scrollIntoView({ block: 'start' });
}

/**
 * An in-page link that moves focus to its target itself: the router would
 * treat the hash as a new page and send focus back to the title.
 */
function JumpLink({
  target,
  onJump,
  children,
}: {
  target: string;
  /** Runs before focus moves, to reveal what the target stands for. */
  onJump?: () => void;
  children: ReactNode;
}) {
  function jump(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    onJump?.();
    focusHeading(target);
  }
  return (
    <a href={`#${target}`} onClick={jump}>
      {children}
    </a>
  );
}

function StopList({ stops, initialBookings, isArtisan, isStaff, homeDepartement }: StopListProps) {
  const words = tourText.page;
  const { bookings, book, seatsLeft } = useSessionBookings(initialBookings);

  // Ten stops of seven sessions are a long scroll on a phone: only the stop the
  // artisan is most likely to come for shows its sessions at first.
  const [openStops, setOpenStops] = useState<ReadonlySet<string>>(() => {
    const first = stops.find((stop) => stop.departement === homeDepartement) ?? stops[0];
    return new Set(first ? [first.id] : []);
  });
  const setStopOpen = useCallback((stopId: string, open: boolean) => {
    setOpenStops((current) => {
      if (current.has(stopId) === open) return current;
      const next = new Set(current);
      if (open) next.add(stopId);
      else next.delete(stopId);
      return next;
    });
  }, []);

  // A stop reached by its anchor shows its sessions: the list arrives after the
  // browser has looked for the page's anchor, and the hash can change later.
  useEffect(() => {
    function revealTargetedStop() {
      // Stop ids are plain ASCII: the raw hash compares as it is.
      const target = window.location.hash.slice(1);
      const stop = stops.find((candidate) => stopHeadingId(candidate) === target);
      if (!stop) return;
      setStopOpen(stop.id, true);
      focusHeading(target);
    }
    revealTargetedStop();
    window.addEventListener('hashchange', revealTargetedStop);
    return () => window.removeEventListener('hashchange', revealTargetedStop);
  }, [stops, setStopOpen]);

  return (
    <>
      <nav className="stop-index" aria-labelledby={INDEX_TITLE_ID}>
        <h2 id={INDEX_TITLE_ID} className="stop-index__title">
          {words.indexTitle(stops.length)}
        </h2>
        <ol>
          {stops.map((stop) => (
            <li key={stop.id}>
              <JumpLink target={stopHeadingId(stop)} onJump={() => setStopOpen(stop.id, true)}>
                {words.indexItem(frenchDate(stop.date), stop.communeName, stop.departement)}
              </JumpLink>
              {stop.departement === homeDepartement && (
                <span className="tour-badge">{words.nearYou}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>

      {stops.map((stop) => (
        <section key={stop.id} className="stop" aria-labelledby={stopHeadingId(stop)}>
          <h2 id={stopHeadingId(stop)} className="stop__title">
            <span className="stop__date">{tourText.page.stopDate(frenchDate(stop.date))}</span>
            <span className="visually-hidden"> : </span>
            <span className="stop__commune">
              {words.stopTitle(stop.communeName, stop.departement)}
            </span>
          </h2>
          <p className="stop__address">
            {words.address(stop.address, stop.communeName)}
            {stop.departement === homeDepartement && (
              <span className="tour-badge">{words.nearYou}</span>
            )}
          </p>
          {stop.sessions.length === 0 ? (
            <p>{words.noSession}</p>
          ) : (
            <details
              className="stop__sessions"
              open={openStops.has(stop.id)}
              onToggle={(event: SyntheticEvent<HTMLDetailsElement>) =>
                setStopOpen(stop.id, event.currentTarget.open)
              }
            >
              <summary className="stop__summary">
                {words.sessionsSummary(
                  stop.communeName,
                  frenchDate(stop.date),
                  stop.sessions.length,
                  stop.sessions.reduce(
                    (total, session) =>
                      session.cancelled
                        ? total
                        : total + Math.max(0, seatsLeft(session.id, session.seatsLeft)),
                    0,
                  ),
                )}
              </summary>
              <ul className="session-list" aria-label={words.sessionsOf(stop.communeName)}>
                {stop.sessions.map((session) => {
                  const left = seatsLeft(session.id, session.seatsLeft);
                  return (
                    <SessionCard
                      key={session.id}
                      session={session}
                      workshop={session.workshop}
                      seatsLeft={left}
                    >
                      {isArtisan && (
                        <SessionBooking
                          sessionId={session.id}
                          accessibleDetail={`${session.workshop.title}, ${frenchDate(stop.date)}, ${frenchTimeRange(session.startsAt, session.endsAt)}`}
                          booking={bookings.get(session.id)}
                          availability={availabilityOf(session)}
                          full={left === 0}
                          onBook={book}
                        />
                      )}
                      {isStaff && (
                        <p className="booking">
                          <Link to={pathTo.staffSession(stop.id, session.id)}>
                            {words.manageSession}
                            <span className="visually-hidden"> : {session.workshop.title}</span>
                          </Link>
                        </p>
                      )}
                    </SessionCard>
                  );
                })}
              </ul>
            </details>
          )}
          <p className="stop__back">
            <JumpLink target={INDEX_TITLE_ID}>{words.backToIndex}</JumpLink>
          </p>
        </section>
      ))}
      {isArtisan && (
        <p>
          <Link to={paths.myWorkshops}>{words.myWorkshops}</Link>
        </p>
      )}
    </>
  );
}
