/** 'jeudi 17 décembre' → 'Jeudi 17 décembre', at the start of a line. */
const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** The van's tour: its stops, the bookings, the results page's next stop (lazily loaded). */
export const tourFr = {
  session: {
    time: 'Horaire',
    theme: 'Thème',
    level: 'Niveau',
    seats: 'Places',
    seatsLeft: (count: number) => {
      if (count <= 0) return 'Complet : liste d’attente';
      return count === 1 ? '1 place restante' : `${count} places restantes`;
    },
    cancelled: 'Séance annulée',
  },
  booking: {
    book: 'Réserver',
    joinWaitlist: 'Réserver sur la liste d’attente',
    booking: 'Réservation en cours…',
    confirmed: 'Réservé : votre place est confirmée.',
    waitlisted: (position: number | null) =>
      position === null
        ? 'Sur liste d’attente : vous serez prévenu par e-mail si une place se libère.'
        : `Sur liste d’attente (position ${position}) : vous serez prévenu par e-mail si une place se libère.`,
    attended: 'Vous avez participé à cet atelier.',
    manage: 'Voir mes ateliers',
    waitlistHint:
      'Cette séance est complète : vous serez inscrit sur la liste d’attente, et prévenu par e-mail si une place se libère.',
    closed: 'Les inscriptions sont closes : la séance a commencé.',
  },
  nextStop: {
    genericTitle: 'Les ateliers du van numérique près de chez vous',
    title: (commune: string, date: string) =>
      `Votre prochaine étape du van : ${commune}, le ${date}`,
    where: (address: string, commune: string, departement: string) =>
      `Le van vous attend ${address}, à ${commune} (${departement}).`,
    bestTitle: 'Choisis pour vous',
    levelsExplained:
      'Les niveaux des ateliers suivent les vôtres : « découverte » pour les niveaux Débutant et Initié, « approfondissement » pour Avancé, « expert » pour Expert.',
    bestIntro:
      'Trois ateliers à votre niveau, sur vos thèmes les plus faibles, que vous pouvez suivre le même jour :',
    noBest:
      'Aucun atelier de cette étape ne correspond à votre niveau. Le programme complet est ci-dessous.',
    programme: (count: number) =>
      `Tout le programme de l’étape (${count} autre${count > 1 ? 's' : ''} atelier${count > 1 ? 's' : ''})`,
    noStop:
      'Le van n’a pas encore d’étape prévue près de chez vous. Les prochaines dates seront annoncées ici : revenez bientôt, ou consultez toutes les étapes de la tournée.',
    noSession: 'Plus aucun atelier n’est ouvert à la réservation à cette étape.',
    allStops: 'Voir toutes les étapes du van',
    loading: 'Recherche de la prochaine étape du van…',
    retry: 'Réessayer',
  },
  page: {
    title: 'La tournée du van numérique',
    lead: 'Les prochaines étapes du van numérique de la chambre, et leurs ateliers.',
    leadArtisan:
      'Le van numérique de votre Chambre de métiers et de l’artisanat s’arrête une journée dans chaque ville. Choisissez un atelier et réservez votre place.',
    loading: 'Chargement des étapes du van…',
    retry: 'Réessayer',
    empty:
      'Aucune étape du van n’est prévue pour le moment. Revenez bientôt : les prochaines dates seront annoncées ici.',
    indexTitle: (count: number) => (count === 1 ? '1 étape à venir' : `${count} étapes à venir`),
    indexItem: (date: string, commune: string, departement: string) =>
      `${capitalised(date)} : ${commune} (${departement})`,
    stopDate: capitalised,
    stopTitle: (commune: string, departement: string) => `${commune} (${departement})`,
    address: (address: string, commune: string) => `${address}, ${commune}`,
    nearYou: 'Près de chez vous',
    sessionsOf: (commune: string) => `Ateliers à ${commune}`,
    /** The line that folds and unfolds a stop's sessions; seats left in all its sessions. */
    sessionsSummary: (commune: string, date: string, sessions: number, seats: number) => {
      const workshops = sessions === 1 ? '1 atelier' : `${sessions} ateliers`;
      let left = `${seats} places restantes au total`;
      if (seats === 1) left = '1 place restante au total';
      if (seats <= 0) left = 'complet, liste d’attente';
      // A no-break space: the colon must not start a line.
      return `À ${commune}, le ${date}\u00a0: ${workshops}, ${left}`;
    },
    noSession: 'Aucun atelier n’est encore programmé à cette étape.',
    manageSession: 'Gérer la séance',
    backToIndex: 'Revenir à la liste des étapes',
    myWorkshops: 'Voir mes ateliers réservés',
  },
  myWorkshops: {
    title: 'Mes ateliers',
    lead: 'Les ateliers du van numérique que vous avez réservés.',
    loading: 'Chargement de vos ateliers…',
    retry: 'Réessayer',
    empty:
      'Vous n’avez encore réservé aucun atelier. Choisissez-en un parmi les étapes du van près de chez vous.',
    seeStops: 'Voir les étapes du van',
    pastTitle: 'Ateliers passés',
    statusLabel: 'Statut',
    status: {
      confirmed: 'Place confirmée',
      waitlisted: (position: number | null) =>
        position === null ? 'Liste d’attente' : `Liste d’attente (position ${position})`,
      attended: 'Présent',
    },
    sessionCancelled:
      'La chambre a annulé cette séance. Vous avez été prévenu par e-mail. Choisissez un autre atelier si vous le souhaitez.',
    addToCalendar: 'Ajouter à mon agenda',
    calendarBusy: 'Préparation du fichier…',
    calendarFileName: 'atelier-van-numerique.ics',
    cancel: 'Annuler ma réservation',
    cancelQuestion: (title: string) =>
      `Voulez-vous vraiment annuler votre place à l’atelier « ${title} » ?`,
    cancelConfirm: 'Oui, annuler ma place',
    cancelKeep: 'Non, garder ma place',
    cancelling: 'Annulation en cours…',
    cancelled: (title: string, date: string, time: string) =>
      `Votre réservation à l’atelier « ${title} » du ${date} (${time}) est annulée.`,
  },
};

export type TourCatalogue = typeof tourFr;
