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
