import type { WorkshopLevel } from '@capnum/contracts';

/** The chamber staff's area: their home, the workshop catalogue, the tours (lazily loaded). */
export const staffFr = {
  home: {
    title: 'Espace équipe',
    chamber: (name: string) => `Vous faites partie de l’équipe de la ${name}.`,
    departements: (codes: readonly string[]) => `Départements couverts : ${codes.join(', ')}.`,
    upcomingTitle: 'Ce que vous pourrez faire ici',
    upcoming: [
      'Inviter les conseillers de votre chambre.',
      'Exporter des statistiques régionales anonymes, au format Excel, pour la chambre et ses financeurs.',
    ],
  },

  team: {
    title: 'L’équipe et les conseillers',
    lead: 'Invitez les conseillers et l’équipe de la chambre, choisissez les départements que suit chaque conseiller (sans département coché, il les suit tous), et désactivez un compte quand quelqu’un part.',
    advisorsTitle: 'Les conseillers',
    loading: 'Chargement de l’équipe…',
    empty: 'Aucun conseiller dans votre chambre pour l’instant.',
    legend: (name: string) => `Départements suivis par ${name}`,
    all: 'Tous les départements',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: (name: string) => `Départements de ${name} enregistrés.`,
    staffTitle: 'L’équipe de la chambre',
    noName: 'Sans nom',
    renameLabel: (email: string) => `Nom affiché de ${email}`,
    renameHint: 'Les artisans lisent ce nom dans le journal des consultations.',
    rename: 'Enregistrer le nom',
    renamed: (name: string) => `Le nom de ${name} est enregistré.`,
    deactivate: 'Désactiver le compte',
    deactivateQuestion: (name: string) => `Désactiver le compte de ${name} ?`,
    deactivateConsequence:
      'La personne est déconnectée immédiatement et ne peut plus se connecter. Ses notes restent.',
    deactivateConfirm: 'Oui, désactiver',
    deactivating: 'Désactivation…',
    you: '(vous)',
  },
  invitations: {
    title: 'Inviter dans l’équipe',
    lead: 'La personne reçoit un e-mail avec un lien valable 7 jours pour choisir son mot de passe.',
    email: 'Adresse e-mail',
    displayName: 'Prénom et nom',
    displayNameHint: 'Les artisans le liront dans le journal des consultations.',
    role: 'Rôle',
    roles: { advisor: 'Conseiller', staff: 'Équipe de la chambre' } as Record<string, string>,
    departements: 'Départements suivis (conseiller ; aucun coché : tous)',
    send: 'Envoyer l’invitation',
    sending: 'Envoi…',
    sent: (email: string) => `Invitation envoyée à ${email}.`,
    listTitle: 'Invitations',
    empty: 'Aucune invitation pour l’instant.',
    columns: {
      person: 'Personne',
      role: 'Rôle',
      status: 'État',
      sentAt: 'Envoyée le',
      actions: 'Actions',
    },
    statuses: {
      pending: (until: string) => `En attente (jusqu’au ${until})`,
      accepted: (on: string) => `Acceptée le ${on}`,
      expired: 'Expirée',
      revoked: 'Annulée',
    },
    resend: 'Renvoyer',
    resent: (email: string) => `Nouveau lien envoyé à ${email} ; l’ancien ne marche plus.`,
    revoke: 'Annuler',
    revokeQuestion: (email: string) => `Annuler l’invitation de ${email} ?`,
    revokeConfirm: 'Oui, annuler l’invitation',
    revoking: 'Annulation…',
    outboxLink: 'Voir les courriels envoyés',
  },
  outbox: {
    title: 'Courriels envoyés',
    lead: 'Hors production seulement : les e-mails de la chambre (invitations, liens de mot de passe, confirmations), pour suivre un lien sans serveur de messagerie.',
    loading: 'Chargement des courriels…',
    empty: 'Aucun courriel pour l’instant.',
    unavailable:
      'Cette page n’existe pas en production : les courriels partent par le serveur de messagerie.',
    to: (address: string) => `À : ${address}`,
    createdAt: (date: string) => `Écrit le ${date}`,
    sent: (date: string) => `envoyé le ${date}`,
    waiting: 'en attente d’envoi',
    attachments: (names: string) => `Pièce jointe : ${names}`,
    failed: (attempts: number, error: string) =>
      `${attempts} essai${attempts > 1 ? 's' : ''} sans succès (${error}) ; nouvel essai bientôt`,
  },

  homeCards: {
    title: 'La tournée du van',
    toursTitle: 'Tournées, étapes et séances',
    toursText:
      'Créez les tournées, ajoutez les étapes, programmez les séances, suivez les inscrits et pointez les présences.',
    toursLink: 'Gérer les tournées',
    workshopsTitle: 'Catalogue des ateliers',
    workshopsText: 'Les ateliers que le van peut proposer, par thème et par niveau.',
    workshopsLink: 'Gérer le catalogue',
    publicTitle: 'La tournée vue par les artisans',
    publicText: 'Les prochaines étapes et les places restantes, comme les artisans les voient.',
    publicLink: 'Voir la tournée',
    membersTitle: 'Les membres',
    siretTitle: 'SIRET à vérifier',
    siretText:
      'Quand un numéro SIRET est déclaré par un second compte, l’inscription est acceptée et signalée ici : vérifiez qui est la vraie entreprise.',
    siretLink: 'Vérifier les SIRET',
  },
  siretConflicts: {
    title: 'SIRET à vérifier',
    lead: 'Chaque ligne est un compte qui a déclaré un numéro SIRET déjà déclaré par un autre compte. Contactez les entreprises si besoin, puis marquez le compte comme vérifié.',
    loading: 'Chargement des SIRET à vérifier…',
    empty:
      'Aucun SIRET à vérifier : chaque entreprise de votre chambre a un numéro déclaré une seule fois.',
    caption: (count: number) =>
      count === 1 ? '1 compte à vérifier' : `${count} comptes à vérifier`,
    columns: {
      claim: 'Compte signalé',
      siret: 'SIRET',
      earlier: 'Déjà déclaré par',
      actions: 'Action',
    },
    emailConfirmed: 'adresse confirmée',
    emailUnconfirmed: 'adresse non confirmée',
    signedUp: (date: string) => `inscrit le ${date}`,
    elsewhere: (count: number) =>
      count === 1 ? 'et 1 compte d’une autre chambre' : `et ${count} comptes d’autres chambres`,
    none: 'Aucun compte de votre chambre (déclaré ailleurs uniquement)',
    review: 'Marquer comme vérifié',
    reviewing: 'Enregistrement…',
    reviewed: (businessName: string) => `Le SIRET de ${businessName} est marqué comme vérifié.`,
  },
  retry: 'Réessayer',
  workshops: {
    title: 'Catalogue des ateliers',
    lead: 'Les ateliers que le van peut proposer. Chacun se programme ensuite en séances, aux étapes de la tournée.',
    loading: 'Chargement du catalogue…',
    caption: (count: number) =>
      count === 1 ? 'Le catalogue compte 1 atelier' : `Le catalogue compte ${count} ateliers`,
    columns: {
      title: 'Intitulé',
      theme: 'Thème',
      level: 'Niveau',
      duration: 'Durée',
      actions: 'Actions',
    },
    duration: (minutes: number) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return `${rest} min`;
      return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
    },
    edit: 'Modifier',
    createTitle: 'Ajouter un atelier',
    editTitle: (title: string) => `Modifier l’atelier « ${title} »`,
    stopEditing: 'Fermer sans enregistrer',
    created: (title: string) => `L’atelier « ${title} » est ajouté au catalogue.`,
    updated: (title: string) => `L’atelier « ${title} » est enregistré.`,
    deleted: (title: string) => `L’atelier « ${title} » est supprimé du catalogue.`,
    delete: 'Supprimer cet atelier',
    deleteQuestion: (title: string) => `Supprimer l’atelier « ${title} » du catalogue ?`,
    deleteConsequence:
      'Seul un atelier jamais programmé peut être supprimé. La suppression est définitive.',
    deleteConfirm: 'Oui, supprimer l’atelier',
    deleting: 'Suppression…',
  },
  workshopForm: {
    titleLabel: 'Intitulé de l’atelier',
    titleHint: 'Entre 3 et 120 caractères, tel que les artisans le liront.',
    themeLegend: 'Thème',
    levelLegend: 'Niveau',
    levelHints: {
      decouverte: 'Pour les artisans débutants ou initiés sur ce thème.',
      approfondissement: 'Pour les artisans avancés sur ce thème.',
      expert: 'Pour les artisans déjà experts sur ce thème.',
    } satisfies Record<WorkshopLevel, string>,
    durationLabel: 'Durée, en minutes',
    durationHint: 'De 15 à 480 minutes. Elle propose l’heure de fin des séances.',
    descriptionLabel: 'Description',
    descriptionHint: 'Ce que l’artisan saura faire en sortant. 2 000 caractères au plus.',
    keyLabel: 'Identifiant (facultatif)',
    keyHint:
      'Minuscules sans accent, chiffres et tirets, par exemple « photo-produits ». Laissé vide, il est déduit de l’intitulé.',
    create: 'Ajouter l’atelier',
    saveChanges: 'Enregistrer les modifications',
    saving: 'Enregistrement…',
    required: {
      title: 'Indiquez l’intitulé de l’atelier.',
      theme: 'Choisissez un thème.',
      level: 'Choisissez un niveau.',
      durationMinutes: 'Indiquez la durée en minutes.',
      description: 'Indiquez une description.',
    },
  },
  tours: {
    title: 'Tournées du van',
    lead: 'Une tournée regroupe les étapes du van, une journée dans chaque ville.',
    loading: 'Chargement des tournées…',
    empty: 'Aucune tournée pour le moment : créez la première ci-dessous.',
    caption: (count: number) =>
      count === 1 ? '1 tournée de la chambre' : `${count} tournées de la chambre`,
    columns: { name: 'Tournée', stops: 'Étapes', from: 'Du', to: 'Au' },
    noDate: '—',
    createTitle: 'Créer une tournée',
  },
  tourForm: {
    nameLabel: 'Nom de la tournée',
    nameHint: 'Par exemple : Le van numérique dans l’Yonne et la Nièvre.',
    required: 'Indiquez le nom de la tournée.',
    create: 'Créer la tournée',
    rename: 'Renommer la tournée',
    saving: 'Enregistrement…',
  },
  tour: {
    fallbackTitle: 'Tournée',
    stopTitle: (commune: string, departement: string) => `${commune} (${departement})`,
    notFound: 'Cette tournée est introuvable : elle a peut-être été supprimée.',
    loading: 'Chargement de la tournée…',
    lead: 'Les étapes de la tournée, par date. Choisissez une étape pour programmer ses séances.',
    empty: 'Cette tournée n’a pas encore d’étape : ajoutez-en une ci-dessous.',
    caption: (count: number) => (count === 1 ? '1 étape, par date' : `${count} étapes, par date`),
    columns: { date: 'Date', commune: 'Commune', address: 'Adresse', sessions: 'Séances' },
    addStopTitle: 'Ajouter une étape',
    addStopIntro:
      'Une étape, c’est une journée du van dans une commune. Vous programmerez ses séances ensuite.',
    renameTitle: 'Renommer la tournée',
    renamed: (name: string) => `La tournée s’appelle maintenant « ${name} ».`,
    deleteTitle: 'Supprimer la tournée',
    deleteIntro:
      'Possible seulement si aucun artisan ne s’est inscrit à l’une de ses séances. Sinon, annulez plutôt les séances : les inscrits seront prévenus.',
    delete: 'Supprimer la tournée',
    deleteQuestion: (name: string) => `Supprimer la tournée « ${name} » ?`,
    deleteConsequence: (stops: number) =>
      stops === 0
        ? 'La suppression est définitive.'
        : `Ses ${stops === 1 ? 'étape et ses séances seront supprimées' : `${stops} étapes et leurs séances seront supprimées`} aussi. La suppression est définitive.`,
    deleteConfirm: 'Oui, supprimer la tournée',
    deleting: 'Suppression…',
  },
  stopForm: {
    communeLabel: 'Commune de l’étape',
    communeHint:
      'Tapez le nom de la commune ou son code postal, puis choisissez-la dans la liste. Elle doit être dans un département de la chambre.',
    dateLabel: 'Date',
    dateHint: 'Le jour où le van s’arrête dans la commune.',
    addressLabel: 'Adresse',
    addressHint: 'Où stationne le van, par exemple « Place de l’Arquebuse ».',
    create: 'Ajouter l’étape',
    saveChanges: 'Enregistrer l’étape',
    saving: 'Enregistrement…',
    nothingChanged: 'Rien n’a changé : modifiez la commune, la date ou l’adresse.',
    required: {
      communeCode: 'Choisissez la commune dans la liste proposée.',
      date: 'Indiquez la date de l’étape.',
      address: 'Indiquez l’adresse où stationne le van.',
    },
  },
  stop: {
    fallbackTitle: 'Étape',
    title: (commune: string, date: string) => `${commune}, ${date}`,
    address: (address: string, commune: string) => `${address}, ${commune}`,
    loading: 'Chargement de l’étape…',
    empty: 'Aucune séance n’est encore programmée à cette étape : ajoutez-en une ci-dessous.',
    caption: (count: number) =>
      count === 1 ? '1 séance, par heure de début' : `${count} séances, par heure de début`,
    columns: {
      time: 'Horaire',
      workshop: 'Atelier',
      level: 'Niveau',
      capacity: 'Places',
      confirmed: 'Inscrits',
      waitlisted: 'En attente',
      seatsLeft: 'Restantes',
      state: 'État',
    },
    scheduled: 'Prévue',
    cancelled: 'Annulée',
    addSessionTitle: 'Programmer une séance',
    noWorkshop: 'Le catalogue ne contient aucun atelier.',
    toCatalogue: 'Ajouter un atelier au catalogue',
    sessionCreated: (title: string, time: string) =>
      `La séance « ${title} » (${time}) est programmée.`,
    editTitle: 'Modifier l’étape',
    editIntro:
      'Si la commune ou l’adresse change, les artisans inscrits sont prévenus par e-mail. La date ne peut changer que si l’étape n’a pas encore de séance.',
    updated: 'L’étape est enregistrée.',
    deleteTitle: 'Supprimer l’étape',
    deleteIntro:
      'Possible seulement si aucun artisan ne s’est inscrit à ses séances. Sinon, annulez plutôt les séances : les inscrits seront prévenus.',
    delete: 'Supprimer l’étape',
    deleteQuestion: (commune: string, date: string) =>
      `Supprimer l’étape de ${commune} du ${date} ?`,
    deleteConsequence: (sessions: number) =>
      sessions === 0
        ? 'La suppression est définitive.'
        : `${sessions === 1 ? 'Sa séance sera supprimée' : `Ses ${sessions} séances seront supprimées`} aussi. La suppression est définitive.`,
    deleteConfirm: 'Oui, supprimer l’étape',
    deleting: 'Suppression…',
  },
  sessionForm: {
    workshopLabel: 'Atelier',
    workshopPlaceholder: 'Choisissez un atelier',
    workshopOption: (title: string, level: string, minutes: number) =>
      `${title} (${level}, ${minutes} min)`,
    timesLegend: 'Horaire',
    timesHint: (date: string) =>
      `Le ${date}, heure de Paris. La fin se remplit d’après la durée de l’atelier.`,
    startLabel: 'Début',
    endLabel: 'Fin',
    capacityLabel: 'Nombre de places',
    capacityHint: 'De 1 à 500. Au-delà, les artisans s’inscrivent sur la liste d’attente.',
    capacityHintEdit:
      'Pas moins que le nombre d’inscrits confirmés. Plus de places : les premiers de la liste d’attente sont confirmés et prévenus.',
    create: 'Programmer la séance',
    saveChanges: 'Enregistrer la séance',
    saving: 'Enregistrement…',
    nothingChanged: 'Rien n’a changé : modifiez l’atelier, l’horaire ou le nombre de places.',
    required: {
      workshopId: 'Choisissez un atelier.',
      startsAt: 'Indiquez l’heure de début.',
      endsAt: 'Indiquez l’heure de fin.',
      capacity: 'Indiquez le nombre de places.',
    },
  },
  session: {
    fallbackTitle: 'Séance',
    notFound: 'Cette séance est introuvable : elle a peut-être été supprimée.',
    loading: 'Chargement de la séance…',
    when: (date: string, time: string, place: string) => `Séance du ${date}, ${time}, ${place}.`,
    cancelledNotice: 'Cette séance est annulée. Les artisans inscrits ont été prévenus par e-mail.',
    figures: {
      capacity: 'Places',
      confirmed: 'Inscrits confirmés',
      waitlisted: 'En liste d’attente',
      attended: 'Présents',
      seatsLeft: 'Places restantes',
    },
    registrantsTitle: 'Inscrits',
    noRegistrant: 'Personne ne s’est encore inscrit à cette séance.',
    attendanceLater: (date: string, time: string) =>
      `La présence se pointe à partir du début de la séance, le ${date} à ${time}.`,
    registrantsCaption: (count: number) =>
      count === 1
        ? '1 inscription, par ordre d’arrivée'
        : `${count} inscriptions, par ordre d’arrivée`,
    columns: {
      arrival: 'N°',
      business: 'Entreprise',
      email: 'E-mail',
      commune: 'Commune',
      status: 'Statut',
      attendance: 'Présence',
    },
    status: {
      confirmed: 'Confirmé',
      waitlisted: (position: number | null) =>
        position === null ? 'Liste d’attente' : `Liste d’attente (${position})`,
      attended: 'Présent',
      cancelled: 'Annulé',
    },
    present: 'Présent',
    notMarkable: 'Non confirmé',
    markedPresent: (business: string) => `${business} : présence enregistrée.`,
    markedAbsent: (business: string) => `${business} : noté absent.`,
    editTitle: 'Modifier la séance',
    updated:
      'La séance est enregistrée. Les inscrits sont prévenus si l’horaire ou l’atelier a changé.',
    cancelTitle: 'Annuler la séance',
    cancelIntro:
      'L’annulation est définitive : la séance reste visible, marquée « annulée », et chaque inscrit reçoit un e-mail.',
    cancel: 'Annuler la séance',
    cancelQuestion: (title: string) => `Annuler la séance « ${title} » ?`,
    cancelConsequence: (people: number) =>
      people === 0
        ? 'Personne n’est inscrit pour l’instant.'
        : people === 1
          ? 'La personne inscrite sera prévenue par e-mail.'
          : `Les ${people} personnes inscrites seront prévenues par e-mail.`,
    cancelConfirm: 'Oui, annuler la séance',
    cancelling: 'Annulation…',
    cancelledDone: (people: number) =>
      people === 0
        ? 'La séance est annulée.'
        : `La séance est annulée : ${people === 1 ? 'la personne inscrite est prévenue' : `les ${people} personnes inscrites sont prévenues`} par e-mail.`,
    deleteTitle: 'Supprimer la séance',
    deleteIntro:
      'Possible seulement si personne ne s’y est jamais inscrit. Sinon, annulez-la : les inscrits seront prévenus.',
    delete: 'Supprimer la séance',
    deleteQuestion: (title: string) => `Supprimer la séance « ${title} » ?`,
    deleteConfirm: 'Oui, supprimer la séance',
    deleting: 'Suppression…',
  },
};

export type StaffCatalogue = typeof staffFr;
