import { frenchLongDate, frenchTime } from '@capnum/contracts/paris-time';
import type { Email, LinkTo } from '../../lib/mailer.ts';

import type { SessionForMessage } from './registration.repository.ts';

/** E-mails and calendar files write '14 h 00', so that times line up. */
const ALWAYS_MINUTES = { minutes: 'always' } as const;

// The French e-mails about a booking. Plain text: they are read on phones.

function when(session: SessionForMessage): string {
  return `${frenchLongDate(session.date)}, de ${frenchTime(session.starts_at, ALWAYS_MINUTES)} à ${frenchTime(session.ends_at, ALWAYS_MINUTES)}`;
}

function where(session: SessionForMessage): string {
  return `${session.address}, ${session.commune_name}`;
}

function signature(session: SessionForMessage): string {
  return `L’équipe du van numérique\n${session.chamber_name}`;
}

type Message = Omit<Email, 'chamberId' | 'to'>;

/** A seat is booked: when, where, the calendar file attached, and how to cancel. */
export function bookedEmail(session: SessionForMessage, link: LinkTo): Message {
  return {
    subject: `Votre place à l’atelier « ${session.workshop_title} » est réservée`,
    body: [
      'Bonjour,',
      '',
      `Votre place à l’atelier « ${session.workshop_title} » du van numérique est réservée.`,
      '',
      `Quand : ${when(session)}`,
      `Où : ${where(session)}`,
      '',
      'Le fichier joint ajoute l’atelier à votre agenda (téléphone ou ordinateur).',
      '',
      `Si vous ne pouvez plus venir, annulez depuis « Mes ateliers » (${link('/mes-ateliers')}) : votre place ira à la personne suivante sur la liste d’attente.`,
      '',
      signature(session),
    ].join('\n'),
  };
}

/** The session is full: a place on its waiting list, with the rank. */
export function waitlistedEmail(
  session: SessionForMessage,
  position: number,
  link: LinkTo,
): Message {
  return {
    subject: `Liste d’attente pour l’atelier « ${session.workshop_title} » (position ${position})`,
    body: [
      'Bonjour,',
      '',
      `L’atelier « ${session.workshop_title} » du van numérique est complet : vous êtes sur la liste d’attente, en position ${position}. Ce n’est pas encore une place.`,
      '',
      `Quand : ${when(session)}`,
      `Où : ${where(session)}`,
      '',
      'Si une place se libère, elle vous est donnée dans l’ordre de la liste et un e-mail vous prévient. Le fichier joint marque l’atelier « provisoire » dans votre agenda.',
      '',
      `Pour quitter la liste d’attente : « Mes ateliers » (${link('/mes-ateliers')}).`,
      '',
      signature(session),
    ].join('\n'),
  };
}

/** A waitlisted person got a seat. */
export function promotedEmail(session: SessionForMessage, link: LinkTo): Message {
  return {
    subject: `Une place s’est libérée : votre inscription à « ${session.workshop_title} » est confirmée`,
    body: [
      'Bonjour,',
      '',
      `Bonne nouvelle : une place s’est libérée pour l’atelier « ${session.workshop_title} » du van numérique. Vous étiez sur la liste d’attente : votre inscription est maintenant confirmée.`,
      '',
      `Quand : ${when(session)}`,
      `Où : ${where(session)}`,
      '',
      `Si vous ne pouvez plus venir, annulez votre inscription depuis votre espace Cap Numérique (${link('/mes-ateliers')}) pour laisser la place à quelqu’un d’autre.`,
      '',
      signature(session),
    ].join('\n'),
  };
}

/** The chamber cancelled a session. */
export function sessionCancelledEmail(session: SessionForMessage, link: LinkTo): Message {
  return {
    subject: `Atelier annulé : « ${session.workshop_title} » du ${frenchLongDate(session.date)}`,
    body: [
      'Bonjour,',
      '',
      `Nous sommes désolés : l’atelier « ${session.workshop_title} » prévu le ${when(session)} (${where(session)}) est annulé.`,
      '',
      `Vous n’avez rien à faire. D’autres séances vous attendent aux prochaines étapes du van : retrouvez-les dans votre espace Cap Numérique (${link('/mes-ateliers')}).`,
      '',
      signature(session),
    ].join('\n'),
  };
}

/** The chamber moved a session or changed its workshop. */
export function sessionChangedEmail(session: SessionForMessage, link: LinkTo): Message {
  return {
    subject: `Changement pour votre atelier « ${session.workshop_title} »`,
    body: [
      'Bonjour,',
      '',
      'L’atelier du van numérique auquel vous êtes inscrit a été modifié. Voici les nouvelles informations :',
      '',
      `Atelier : ${session.workshop_title}`,
      `Quand : ${when(session)}`,
      `Où : ${where(session)}`,
      '',
      `Si ces changements ne vous conviennent pas, annulez votre inscription depuis votre espace Cap Numérique (${link('/mes-ateliers')}) pour laisser la place à quelqu’un d’autre.`,
      '',
      signature(session),
    ].join('\n'),
  };
}
