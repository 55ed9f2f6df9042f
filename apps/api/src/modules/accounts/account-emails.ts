import type { Email, LinkTo } from '../../lib/mailer.ts';

// The French e-mails about an account. Plain text, short: they are read on phones.

type Message = Omit<Email, 'chamberId' | 'to'>;

const signature = 'L’équipe Cap Numérique\nAutodiagnostic numérique des artisans';

/** Sent at sign-up: the link that proves the address is theirs. */
export function confirmationEmail(token: string, link: LinkTo): Message {
  return {
    subject: 'Confirmez votre adresse e-mail pour Cap Numérique',
    body: [
      'Bonjour,',
      '',
      'Vous venez de créer votre compte Cap Numérique. Pour confirmer que cette adresse est bien la vôtre, ouvrez ce lien :',
      '',
      link(`/confirmer-mon-adresse?jeton=${encodeURIComponent(token)}`),
      '',
      'Tant que l’adresse n’est pas confirmée, vous pouvez répondre au questionnaire, mais pas réserver d’atelier ni partager votre diagnostic avec votre chambre. Le lien est valable 48 heures.',
      '',
      'Si vous n’avez pas créé de compte, ignorez ce message : rien ne sera fait sans vous.',
      '',
      signature,
    ].join('\n'),
  };
}

/** Someone signed up with an address that already has an account: tell its owner, nobody else. */
export function signupAttemptEmail(link: LinkTo): Message {
  return {
    subject: 'Tentative d’inscription avec votre adresse e-mail',
    body: [
      'Bonjour,',
      '',
      'Quelqu’un vient de demander la création d’un compte Cap Numérique avec votre adresse e-mail. Vous avez déjà un compte : aucun nouveau compte n’a été créé.',
      '',
      `Si c’était vous, connectez-vous : ${link('/connexion')}`,
      '',
      'Si ce n’était pas vous, vous n’avez rien à faire : votre compte n’a pas changé.',
      '',
      signature,
    ].join('\n'),
  };
}

/** "Mot de passe oublié": the link to choose a new password, valid one hour. */
export function passwordResetEmail(token: string, link: LinkTo): Message {
  return {
    subject: 'Choisir un nouveau mot de passe pour Cap Numérique',
    body: [
      'Bonjour,',
      '',
      'Vous avez demandé à changer le mot de passe de votre compte Cap Numérique. Pour en choisir un nouveau, ouvrez ce lien :',
      '',
      link(`/nouveau-mot-de-passe?jeton=${encodeURIComponent(token)}`),
      '',
      'Le lien est valable une heure et ne sert qu’une fois. Une fois le mot de passe changé, toutes vos sessions ouvertes sont fermées.',
      '',
      'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.',
      '',
      signature,
    ].join('\n'),
  };
}

const roleWords = { advisor: 'conseiller', staff: 'membre de l’équipe' } as const;

/** Staff invited someone to the chamber's team: the link to choose a password, valid 7 days. */
export function invitationEmail(
  token: string,
  link: LinkTo,
  invitation: { displayName: string; role: 'advisor' | 'staff'; chamberName: string },
): Message {
  return {
    subject: `Invitation à rejoindre ${invitation.chamberName} sur Cap Numérique`,
    body: [
      `Bonjour ${invitation.displayName},`,
      '',
      `${invitation.chamberName} vous invite à rejoindre Cap Numérique comme ${roleWords[invitation.role]}. Pour accepter et choisir votre mot de passe, ouvrez ce lien :`,
      '',
      link(`/invitation?jeton=${encodeURIComponent(token)}`),
      '',
      'Le lien est valable 7 jours et ne sert qu’une fois. Si vous ne vous attendiez pas à cette invitation, ignorez ce message.',
      '',
      signature,
    ].join('\n'),
  };
}

/** The retention run: a month before the account of an inactive artisan is anonymised. */
export function retentionWarningEmail(link: LinkTo, months: number, on: string): Message {
  return {
    subject: 'Votre compte Cap Numérique sera bientôt anonymisé',
    body: [
      'Bonjour,',
      '',
      `Vous ne vous êtes pas connecté à Cap Numérique depuis près de ${months} mois. Pour protéger vos données, votre compte sera anonymisé à partir du ${on} : votre nom, votre SIRET et vos coordonnées seront effacés ; seuls des chiffres anonymes resteront dans les statistiques de la chambre.`,
      '',
      `Pour garder votre compte, il suffit de vous connecter avant cette date : ${link('/connexion')}`,
      '',
      `Vous pouvez aussi télécharger vos données depuis « Mon compte » : ${link('/mon-compte')}`,
      '',
      signature,
    ].join('\n'),
  };
}
