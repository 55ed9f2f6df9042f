import { PASSWORD_MIN_LENGTH } from '@capnum/contracts/rules';

/** The pages an e-mailed link opens: a password reset, an invitation (lazily loaded). */
export const accountLinksFr = {
  invitation: {
    title: 'Rejoindre l’équipe de votre chambre',
    intro:
      'Votre chambre de métiers vous invite sur Cap Numérique. Choisissez votre mot de passe : vous serez connecté aussitôt.',
    passwordLabel: 'Votre mot de passe',
    passwordHint: `Au moins ${PASSWORD_MIN_LENGTH} caractères. Une courte phrase facile à retenir est un bon mot de passe.`,
    save: 'Accepter l’invitation',
    saving: 'Création du compte…',
    missingToken: 'Ce lien d’invitation est incomplet : ouvrez-le tel quel depuis l’e-mail reçu.',
    toLogin: 'J’ai déjà un compte : me connecter',
  },
  passwordReset: {
    title: 'Mot de passe oublié',
    intro:
      'Indiquez l’adresse e-mail de votre compte : nous vous envoyons un lien pour choisir un nouveau mot de passe.',
    emailLabel: 'Adresse e-mail',
    submit: 'Recevoir le lien',
    submitting: 'Envoi…',
    required: 'Indiquez votre adresse e-mail.',
    sent: (email: string) =>
      `Si un compte existe pour ${email}, un e-mail vient de partir avec un lien valable une heure. Pensez à regarder dans les indésirables.`,
    toLogin: 'Retour à la connexion',
    newTitle: 'Choisir un nouveau mot de passe',
    newIntro:
      'Votre nouveau mot de passe ferme toutes vos sessions ouvertes, sur tous vos appareils.',
    passwordLabel: 'Nouveau mot de passe',
    passwordHint: `Au moins ${PASSWORD_MIN_LENGTH} caractères. Une courte phrase facile à retenir est un bon mot de passe.`,
    save: 'Enregistrer le mot de passe',
    saving: 'Enregistrement…',
    changed: 'Votre mot de passe est changé. Connectez-vous avec le nouveau.',
    missingToken:
      'Ce lien est incomplet : ouvrez-le tel quel depuis l’e-mail reçu, ou demandez-en un nouveau.',
    askAgain: 'Demander un nouveau lien',
  },
};

export type AccountLinksCatalogue = typeof accountLinksFr;
