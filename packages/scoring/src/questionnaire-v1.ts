import { type Questionnaire, themeLabels } from './questionnaire.ts';

// Published content: never edit a published version, publish a version 2 instead.

/** Shared by every site-related question so that the profile lists it only once. */
const noWebsiteAdvice =
  'Créez un site internet simple, même d’une seule page, avec votre métier, votre ville, vos horaires et votre numéro de téléphone : c’est la base pour apparaître dans Google.';

export const questionnaireV1: Questionnaire = {
  version: 1,
  title: 'Cap Numérique : où en est votre entreprise sur internet ?',
  themes: [
    {
      key: 'visibility',
      label: themeLabels.visibility,
      intro:
        'Quand un client cherche un artisan comme vous, vous trouve-t-il ? Site internet, fiche Google, annuaires et avis clients.',
      questions: [
        {
          id: 'vis-website',
          theme: 'visibility',
          type: 'single',
          label: 'Votre entreprise a-t-elle un site internet ?',
          help: 'Un site internet est une adresse à votre nom (par exemple www.boulangerie-martin.fr) où vos clients trouvent vos services, vos réalisations et vos coordonnées.',
          weight: 2,
          allowNotApplicable: false,
          options: [
            {
              id: 'vis-website-none',
              label: 'Non, pas de site internet',
              points: 0,
              advice: noWebsiteAdvice,
            },
            {
              id: 'vis-website-page-only',
              label: 'Non, seulement une page sur un réseau social ou dans un annuaire',
              points: 1,
              advice:
                'Une page Facebook ou une fiche d’annuaire ne vous appartient pas : créez un site à votre nom, même très simple, et reliez-y vos pages.',
            },
            {
              id: 'vis-website-outdated',
              label: 'Oui, mais il n’est plus à jour',
              points: 2,
              advice:
                'Mettez à jour votre site : coordonnées, horaires, services et photos récentes. Un site daté fait douter les clients.',
            },
            { id: 'vis-website-up-to-date', label: 'Oui, et il est à jour', points: 3 },
          ],
          unknownAdvice:
            'Tapez le nom de votre entreprise dans Google pour voir si un site apparaît, ou demandez à la personne qui s’en est occupée.',
        },
        {
          id: 'vis-google-profile',
          theme: 'visibility',
          type: 'single',
          label:
            'Avez-vous une fiche d’établissement Google, celle qui s’affiche dans Google Maps quand on cherche votre entreprise ?',
          help: 'La fiche d’établissement Google (Google Business Profile) est gratuite. Elle montre votre adresse, vos horaires, vos photos et les avis de vos clients dans la recherche Google et dans Google Maps.',
          weight: 2,
          allowNotApplicable: false,
          options: [
            {
              id: 'vis-gbp-none',
              label: 'Non, je n’en ai pas',
              points: 0,
              advice:
                'Créez votre fiche d’établissement Google, c’est gratuit : indiquez vos horaires, votre téléphone et votre zone d’intervention, et ajoutez quelques photos de votre travail.',
            },
            {
              id: 'vis-gbp-unclaimed',
              label: 'Elle existe, mais je ne m’en suis jamais occupé',
              points: 1,
              advice:
                'Revendiquez votre fiche d’établissement Google pour en devenir le gestionnaire, puis corrigez les informations qui ne sont pas à jour.',
            },
            {
              id: 'vis-gbp-basic',
              label: 'Oui, avec mes coordonnées, mais sans photos ou sans horaires',
              points: 2,
              advice:
                'Complétez votre fiche d’établissement Google : horaires (jours fériés et congés compris), photos de vos réalisations et description de votre métier.',
            },
            {
              id: 'vis-gbp-complete',
              label: 'Oui, complète : horaires, photos et description à jour',
              points: 3,
            },
          ],
          unknownAdvice:
            'Cherchez le nom de votre entreprise dans Google Maps : si une fiche apparaît, vérifiez qui la gère et si les informations sont justes.',
        },
        {
          id: 'vis-directories',
          theme: 'visibility',
          type: 'multi',
          label: 'Dans quels annuaires en ligne votre entreprise est-elle inscrite ?',
          help: 'Un annuaire en ligne classe les entreprises par métier et par ville. Cochez toutes les réponses qui s’appliquent.',
          weight: 1,
          max: 3,
          allowNotApplicable: false,
          options: [
            { id: 'vis-directories-pagesjaunes', label: 'PagesJaunes', points: 1 },
            {
              id: 'vis-directories-chamber',
              label: 'L’annuaire des artisans de votre chambre de métiers et de l’artisanat',
              points: 1,
            },
            {
              id: 'vis-directories-trade',
              label: 'Un annuaire de votre métier (fédération, label, réseau professionnel)',
              points: 1,
            },
            {
              id: 'vis-directories-local',
              label:
                'Le site de votre mairie, de l’office de tourisme ou d’une association de commerçants',
              points: 1,
            },
            {
              id: 'vis-directories-none',
              label: 'Aucun',
              points: 0,
              exclusive: true,
              advice:
                'Inscrivez-vous dans l’annuaire des artisans de votre chambre de métiers et sur PagesJaunes : c’est gratuit et vos clients vous y cherchent.',
            },
          ],
          unknownAdvice:
            'Tapez votre métier et votre ville dans Google, puis regardez dans quels annuaires vos concurrents apparaissent et si vous y êtes aussi.',
        },
        {
          id: 'vis-reviews',
          theme: 'visibility',
          type: 'single',
          label: 'Vos clients laissent-ils des avis en ligne sur votre entreprise ?',
          help: 'Les avis sont les notes et commentaires que vos clients publient, par exemple sur votre fiche Google ou sur PagesJaunes.',
          weight: 1,
          allowNotApplicable: false,
          unknownAdvice:
            'Tapez le nom de votre entreprise dans Google et sur PagesJaunes : vous verrez tout de suite si des clients ont laissé des avis, et lesquels.',
          options: [
            {
              id: 'vis-reviews-none',
              label: 'Non, aucun avis',
              points: 0,
              advice:
                'Demandez à vos clients satisfaits de laisser un avis : donnez-leur le lien direct vers votre fiche Google, sur votre facture ou sur une carte de visite.',
            },
            {
              id: 'vis-reviews-few',
              label: 'Quelques avis, mais je ne les demande pas',
              points: 1,
              advice:
                'Prenez l’habitude de demander un avis après chaque chantier ou commande réussie : un message court avec le lien suffit.',
            },
            {
              id: 'vis-reviews-asked',
              label: 'Oui, régulièrement, car je les demande à mes clients',
              points: 2,
            },
          ],
        },
        {
          id: 'vis-review-replies',
          theme: 'visibility',
          type: 'single',
          label: 'Répondez-vous aux avis de vos clients, y compris aux avis négatifs ?',
          help: 'Choisissez « Non concerné » si personne n’a encore laissé d’avis sur votre entreprise.',
          weight: 1,
          allowNotApplicable: true,
          unknownAdvice:
            'Regardez les derniers avis laissés sur votre fiche Google : une réponse courte et polie à chacun montre aux futurs clients que vous êtes à l’écoute.',
          options: [
            {
              id: 'vis-review-replies-never',
              label: 'Jamais',
              points: 0,
              advice:
                'Répondez à chaque avis : remerciez pour les avis positifs et proposez calmement une solution pour les avis négatifs. Les futurs clients lisent vos réponses.',
            },
            {
              id: 'vis-review-replies-sometimes',
              label: 'Parfois, surtout aux avis positifs',
              points: 1,
              advice:
                'Répondez aussi aux avis négatifs : une réponse polie et concrète rassure bien plus qu’un silence.',
            },
            {
              id: 'vis-review-replies-always',
              label: 'Oui, à tous les avis, en quelques jours',
              points: 2,
            },
          ],
        },
        {
          id: 'vis-consistent-details',
          theme: 'visibility',
          type: 'single',
          label:
            'Le nom, l’adresse et le téléphone de votre entreprise sont-ils écrits de la même façon partout en ligne ?',
          help: 'Site, fiche Google, annuaires, réseaux sociaux : si un ancien numéro ou une ancienne adresse traîne quelque part, vos clients se trompent et Google fait moins confiance à vos informations.',
          weight: 1,
          allowNotApplicable: false,
          options: [
            {
              id: 'vis-consistent-details-no',
              label: 'Non, il reste d’anciennes informations à certains endroits',
              points: 0,
              advice:
                'Faites la liste des endroits où votre entreprise apparaît et corrigez partout le nom, l’adresse et le téléphone pour qu’ils soient identiques.',
            },
            {
              id: 'vis-consistent-details-mostly',
              label: 'En grande partie, à quelques différences près',
              points: 1,
              advice:
                'Corrigez les petites différences (abréviations, ancien numéro, nom commercial) : elles suffisent à semer le doute chez Google comme chez vos clients.',
            },
            {
              id: 'vis-consistent-details-yes',
              label: 'Oui, partout, et je les mets à jour dès que quelque chose change',
              points: 2,
            },
          ],
          unknownAdvice:
            'Prenez une demi-heure pour vérifier vos coordonnées sur votre site, votre fiche Google, les annuaires et vos réseaux sociaux.',
        },
        {
          id: 'vis-opening-hours',
          theme: 'visibility',
          type: 'single',
          label:
            'Quand vos horaires changent (congés, jours fériés, fermeture exceptionnelle), les mettez-vous à jour en ligne ?',
          weight: 1,
          allowNotApplicable: false,
          unknownAdvice:
            'Vérifiez les horaires affichés sur votre fiche Google et sur votre site, puis notez dans votre agenda de les mettre à jour avant chaque congé.',
          options: [
            {
              id: 'vis-opening-hours-never',
              label: 'Non, jamais',
              points: 0,
              advice:
                'Indiquez vos congés et fermetures exceptionnelles sur votre fiche Google et votre site : un client qui trouve porte close ne revient pas.',
            },
            {
              id: 'vis-opening-hours-sometimes',
              label: 'Parfois, quand j’y pense',
              points: 1,
              advice:
                'Notez dans votre agenda de mettre à jour vos horaires en ligne avant chaque période de congés et chaque jour férié.',
            },
            {
              id: 'vis-opening-hours-always',
              label: 'Oui, à chaque changement',
              points: 2,
            },
          ],
        },
      ],
    },
    {
      key: 'referencing',
      label: themeLabels.referencing,
      intro:
        'Le référencement, c’est ce qui fait apparaître votre site en bonne place quand un client tape votre métier et sa ville dans Google.',
      questions: [
        {
          id: 'ref-keywords',
          theme: 'referencing',
          type: 'single',
          label:
            'Savez-vous quels mots vos clients tapent dans Google pour trouver un artisan comme vous ?',
          help: 'Ces mots sont appelés « mots-clés », par exemple « plombier Auxerre », « boulangerie bio Dijon » ou « réparation de bijoux ».',
          weight: 1,
          allowNotApplicable: false,
          options: [
            {
              id: 'ref-keywords-no',
              label: 'Non, je n’y ai jamais pensé',
              points: 0,
              advice:
                'Demandez à vos derniers clients ce qu’ils ont tapé pour vous trouver et notez les cinq expressions qui reviennent, par exemple « ébéniste Beaune » ou « dépannage chauffe-eau Nevers ».',
            },
            {
              id: 'ref-keywords-idea',
              label: 'J’en ai une idée, mais je ne les utilise pas dans mes textes',
              points: 1,
              advice:
                'Utilisez ces mots-clés dans les textes de votre site et de votre fiche Google, dans des phrases naturelles : votre métier, vos services, vos communes.',
            },
            {
              id: 'ref-keywords-used',
              label: 'Oui, et je les utilise dans mes textes en ligne',
              points: 2,
            },
          ],
          unknownAdvice:
            'Tapez votre métier et votre ville dans Google comme le ferait un client, et regardez quelles entreprises sortent en premier et avec quels mots.',
        },
        {
          id: 'ref-mobile',
          theme: 'referencing',
          type: 'single',
          label: 'Votre site s’affiche-t-il correctement sur un téléphone ?',
          help: 'Plus de la moitié des recherches se font sur un téléphone. Ouvrez votre site sur le vôtre : le texte doit se lire sans zoomer et les boutons doivent être faciles à toucher.',
          weight: 2,
          allowNotApplicable: false,
          options: [
            {
              id: 'ref-mobile-no-website',
              label: 'Je n’ai pas de site internet',
              points: 0,
              advice: noWebsiteAdvice,
            },
            {
              id: 'ref-mobile-no',
              label: 'Non, il faut zoomer ou le texte dépasse de l’écran',
              points: 0,
              advice:
                'Passez votre site sur un modèle qui s’adapte automatiquement à la taille de l’écran (on dit « responsive ») : la plupart des outils de création de site le proposent.',
            },
            {
              id: 'ref-mobile-partly',
              label: 'À peu près, mais certaines pages sont difficiles à lire',
              points: 1,
              advice:
                'Ouvrez chaque page de votre site sur un téléphone et corrigez celles qui sont difficiles à lire ou dont les boutons sont trop petits.',
            },
            {
              id: 'ref-mobile-yes',
              label:
                'Oui, tout se lit facilement et on m’appelle d’un simple toucher sur mon numéro',
              points: 2,
            },
          ],
          unknownAdvice:
            'Ouvrez votre site sur votre téléphone : si vous devez zoomer pour lire, il n’est pas adapté aux téléphones.',
        },
        {
          id: 'ref-https',
          theme: 'referencing',
          type: 'single',
          label:
            'L’adresse de votre site commence-t-elle par « https », avec un petit cadenas dans la barre d’adresse ?',
          help: 'Le cadenas (on parle de HTTPS) montre que le site est sécurisé. Sans lui, le navigateur affiche « Non sécurisé » et Google classe le site moins bien.',
          weight: 1,
          allowNotApplicable: false,
          options: [
            {
              id: 'ref-https-no-website',
              label: 'Je n’ai pas de site internet',
              points: 0,
              advice: noWebsiteAdvice,
            },
            {
              id: 'ref-https-no',
              label: 'Non, le navigateur affiche « Non sécurisé »',
              points: 0,
              advice:
                'Demandez à votre hébergeur ou à votre prestataire d’activer le certificat de sécurité (HTTPS) : il est souvent gratuit et s’active en quelques minutes.',
            },
            { id: 'ref-https-yes', label: 'Oui, il y a le cadenas', points: 1 },
          ],
          unknownAdvice:
            'Ouvrez votre site et regardez le début de la barre d’adresse : un cadenas veut dire que le site est sécurisé, la mention « Non sécurisé » qu’il faut agir.',
        },
        {
          id: 'ref-page-titles',
          theme: 'referencing',
          type: 'single',
          label:
            'Le titre de vos pages, le texte bleu cliquable affiché dans les résultats de Google, indique-t-il votre métier et votre ville ?',
          help: 'Par exemple « Menuiserie Dupont, menuisier ébéniste à Auxerre » plutôt que « Accueil ». Tapez le nom de votre entreprise dans Google pour voir le titre affiché.',
          weight: 1,
          allowNotApplicable: false,
          options: [
            {
              id: 'ref-page-titles-no-website',
              label: 'Je n’ai pas de site internet',
              points: 0,
              advice: noWebsiteAdvice,
            },
            {
              id: 'ref-page-titles-no',
              label: 'Non, le titre est « Accueil » ou seulement le nom de l’entreprise',
              points: 0,
              advice:
                'Changez le titre de vos pages pour y mettre votre métier et votre ville, par exemple « Plombier chauffagiste à Sens, entreprise Martin ».',
            },
            {
              id: 'ref-page-titles-home',
              label: 'Oui, mais seulement sur la page d’accueil',
              points: 1,
              advice:
                'Donnez à chaque page un titre différent qui décrit son contenu : un service, une réalisation, une commune.',
            },
            {
              id: 'ref-page-titles-all',
              label: 'Oui, chaque page a son propre titre avec mon métier ou mon service',
              points: 2,
            },
          ],
          unknownAdvice:
            'Tapez le nom de votre entreprise dans Google et lisez le titre bleu de votre site : il doit contenir votre métier et votre ville.',
        },
        {
          id: 'ref-page-descriptions',
          theme: 'referencing',
          type: 'single',
          label:
            'Avez-vous écrit vous-même la description de vos pages, les deux lignes affichées sous le titre dans Google ?',
          help: 'Cette description (on parle de « méta-description ») donne envie de cliquer. Sans elle, Google prend un morceau de texte au hasard dans la page.',
          weight: 1,
          allowNotApplicable: false,
          options: [
            {
              id: 'ref-page-descriptions-no-website',
              label: 'Je n’ai pas de site internet',
              points: 0,
              advice: noWebsiteAdvice,
            },
            {
              id: 'ref-page-descriptions-no',
              label: 'Non, jamais',
              points: 0,
              advice:
                'Écrivez pour chaque page une phrase d’environ 150 caractères qui dit ce que vous faites, où, et pourquoi vous choisir : votre outil de création de site a un champ prévu pour cela.',
            },
            {
              id: 'ref-page-descriptions-some',
              label: 'Pour certaines pages seulement',
              points: 1,
              advice:
                'Complétez la description des pages qui n’en ont pas, en commençant par la page d’accueil et vos pages de services.',
            },
            {
              id: 'ref-page-descriptions-all',
              label: 'Oui, pour toutes les pages importantes',
              points: 2,
            },
          ],
          unknownAdvice:
            'Tapez le nom de votre entreprise dans Google et lisez les deux lignes sous le titre de votre site : donnent-elles envie de cliquer ?',
        },
        {
          id: 'ref-service-area',
          theme: 'referencing',
          type: 'single',
          label:
            'Votre site indique-t-il les communes ou le secteur où vous travaillez et d’où viennent vos clients ?',
          help: 'Les clients tapent souvent votre métier suivi de leur commune. Si votre site cite ces communes, Google peut vous proposer à ces clients.',
          weight: 1,
          allowNotApplicable: false,
          unknownAdvice:
            'Relisez la page d’accueil de votre site : la liste des communes où vous intervenez doit y figurer en toutes lettres.',
          options: [
            {
              id: 'ref-service-area-no-website',
              label: 'Je n’ai pas de site internet',
              points: 0,
              advice: noWebsiteAdvice,
            },
            {
              id: 'ref-service-area-no',
              label: 'Non',
              points: 0,
              advice:
                'Ajoutez sur votre site une phrase ou une page qui cite les communes où vous travaillez, par exemple « Auxerre et 30 km autour : Appoigny, Chablis, Saint-Georges-sur-Baulche… ».',
            },
            {
              id: 'ref-service-area-address',
              label: 'Seulement mon adresse',
              points: 1,
              advice:
                'En plus de votre adresse, citez sur votre site les communes voisines où vous intervenez ou d’où viennent vos clients.',
            },
            {
              id: 'ref-service-area-yes',
              label: 'Oui, avec les communes ou le secteur',
              points: 2,
            },
          ],
        },
        {
          id: 'ref-speed',
          theme: 'referencing',
          type: 'single',
          label: 'Votre site s’ouvre-t-il rapidement sur un téléphone, en trois secondes environ ?',
          help: 'Un site lent fait partir les visiteurs et Google le classe moins bien. L’outil gratuit PageSpeed Insights de Google mesure la vitesse d’un site.',
          weight: 1,
          allowNotApplicable: false,
          options: [
            {
              id: 'ref-speed-no-website',
              label: 'Je n’ai pas de site internet',
              points: 0,
              advice: noWebsiteAdvice,
            },
            {
              id: 'ref-speed-slow',
              label: 'Non, il est lent',
              points: 0,
              advice:
                'Allégez vos photos avant de les mettre en ligne (300 Ko suffisent pour une photo de site), puis testez votre site avec PageSpeed Insights.',
            },
            {
              id: 'ref-speed-unmeasured',
              label: 'Il me semble rapide, mais je ne l’ai jamais mesuré',
              points: 1,
              advice:
                'Mesurez la vitesse de votre site avec l’outil gratuit PageSpeed Insights et corrigez les points signalés en rouge, souvent des images trop lourdes.',
            },
            {
              id: 'ref-speed-measured',
              label: 'Oui, et je l’ai vérifié avec un outil de mesure',
              points: 2,
            },
          ],
          unknownAdvice:
            'Testez la vitesse de votre site avec l’outil gratuit PageSpeed Insights de Google : il suffit d’y coller l’adresse de votre site.',
        },
        {
          id: 'ref-measure',
          theme: 'referencing',
          type: 'multi',
          label: 'Comment suivez-vous les visites de votre site ?',
          help: 'Google Search Console (gratuit) montre les recherches qui mènent à votre site. Un outil de statistiques (Google Analytics, Matomo ou celui de votre créateur de site) compte vos visiteurs.',
          weight: 1,
          max: 4,
          allowNotApplicable: false,
          options: [
            { id: 'ref-measure-search-console', label: 'Avec Google Search Console', points: 2 },
            {
              id: 'ref-measure-statistics',
              label: 'Avec un outil de statistiques de visites',
              points: 2,
            },
            {
              id: 'ref-measure-google-profile',
              label: 'Avec les statistiques de ma fiche d’établissement Google',
              points: 1,
            },
            {
              id: 'ref-measure-ask-customers',
              label: 'Je demande à mes nouveaux clients comment ils m’ont trouvé',
              points: 1,
            },
            {
              id: 'ref-measure-none',
              label: 'Je ne suis pas les visites de mon site',
              points: 0,
              exclusive: true,
              advice:
                'Installez Google Search Console sur votre site, c’est gratuit : vous verrez quelles recherches mènent à vous et combien de personnes cliquent.',
            },
            {
              id: 'ref-measure-no-website',
              label: 'Je n’ai pas de site internet',
              points: 0,
              exclusive: true,
              advice: noWebsiteAdvice,
            },
          ],
          unknownAdvice:
            'Demandez à la personne qui a créé votre site si Google Search Console ou un outil de statistiques est installé, et demandez-lui un accès.',
        },
      ],
    },
    {
      key: 'content',
      label: themeLabels.content,
      intro:
        'Montrer votre savoir-faire en images et en mots : c’est ce qui donne envie de vous choisir plutôt qu’un autre.',
      questions: [
        {
          id: 'con-photos',
          theme: 'content',
          type: 'single',
          label:
            'Montrez-vous des photos de vos réalisations ou de vos produits en ligne (site, fiche Google, réseaux sociaux) ?',
          weight: 2,
          allowNotApplicable: false,
          unknownAdvice:
            'Faites le tour de votre site et de votre fiche Google : comptez les photos de vos réalisations et notez la date de la plus récente.',
          options: [
            {
              id: 'con-photos-none',
              label: 'Non, aucune',
              points: 0,
              advice:
                'Photographiez vos trois dernières réalisations ou vos produits phares, à la lumière du jour, et publiez-les sur votre fiche Google et votre site.',
            },
            {
              id: 'con-photos-old',
              label: 'Quelques-unes, mais elles sont anciennes',
              points: 1,
              advice:
                'Remplacez vos anciennes photos par des images récentes : un client veut voir ce que vous faites aujourd’hui.',
            },
            {
              id: 'con-photos-recent',
              label: 'Oui, des photos récentes, ajoutées régulièrement',
              points: 2,
            },
          ],
        },
        {
          id: 'con-photo-quality',
          theme: 'content',
          type: 'multi',
          label: 'Lesquelles de ces bonnes pratiques appliquez-vous à vos photos ?',
          help: 'Pas besoin d’un appareil coûteux : un téléphone récent suffit si la lumière et le cadrage sont soignés.',
          weight: 1,
          allowNotApplicable: false,
          unknownAdvice:
            'Comparez vos photos à celles d’un confrère que vous admirez : lumière, arrière-plan rangé, détails du travail. Demandez conseil lors d’un atelier du van.',
          options: [
            {
              id: 'con-photo-quality-light',
              label: 'Prises à la lumière du jour, nettes',
              points: 1,
            },
            {
              id: 'con-photo-quality-tidy',
              label: 'Avec un fond dégagé, sans objets qui traînent',
              points: 1,
            },
            {
              id: 'con-photo-quality-details',
              label: 'Avec des gros plans sur les détails et les finitions',
              points: 1,
            },
            {
              id: 'con-photo-quality-edited',
              label: 'Redressées et recadrées avant d’être publiées',
              points: 1,
            },
            {
              id: 'con-photo-quality-none',
              label: 'Aucune de ces pratiques, ou je ne publie pas de photos',
              points: 0,
              exclusive: true,
              advice:
                'Pour de belles photos au téléphone : lumière du jour, fond dégagé, appareil bien droit et un gros plan sur un détail de finition.',
            },
          ],
        },
        {
          id: 'con-before-after',
          theme: 'content',
          type: 'single',
          label:
            'Montrez-vous des photos « avant / après » de vos chantiers ou de vos réparations ?',
          help: 'Choisissez « Non concerné » si votre métier ne s’y prête pas, par exemple dans l’alimentation.',
          weight: 1,
          allowNotApplicable: true,
          unknownAdvice:
            'Pensez à photographier votre prochain chantier ou votre prochaine pièce avant de commencer : le « avant / après » est le contenu le plus parlant.',
          options: [
            {
              id: 'con-before-after-never',
              label: 'Non',
              points: 0,
              advice:
                'Prenez une photo avant de commencer chaque chantier ou réparation, puis une autre du même endroit à la fin : l’avant / après montre votre travail mieux qu’un long discours.',
            },
            {
              id: 'con-before-after-sometimes',
              label: 'Parfois',
              points: 1,
              advice:
                'Faites de la photo « avant » un réflexe au début de chaque chantier, pour pouvoir publier un avant / après à la fin.',
            },
            {
              id: 'con-before-after-regularly',
              label: 'Oui, régulièrement',
              points: 2,
            },
          ],
        },
        {
          id: 'con-videos',
          theme: 'content',
          type: 'single',
          label:
            'Publiez-vous des vidéos de votre travail (gestes du métier, atelier, chantier, fabrication) ?',
          help: 'Une vidéo de 15 à 60 secondes filmée au téléphone suffit. Choisissez « Non concerné » si filmer est impossible dans votre activité ou chez vos clients.',
          weight: 1,
          allowNotApplicable: true,
          unknownAdvice:
            'Filmez 20 secondes d’un geste de votre métier avec votre téléphone : c’est le point de départ le plus simple pour essayer la vidéo.',
          options: [
            {
              id: 'con-videos-never',
              label: 'Jamais',
              points: 0,
              advice:
                'Filmez au téléphone un geste de votre métier en 30 secondes (le façonnage d’un pain, le ponçage d’un plateau, le sertissage d’une pierre) et publiez-le.',
            },
            {
              id: 'con-videos-rarely',
              label: 'Rarement, une ou deux fois par an',
              points: 1,
              advice:
                'Publiez une courte vidéo par mois : ce sont les contenus que les réseaux sociaux montrent le plus.',
            },
            {
              id: 'con-videos-monthly',
              label: 'Oui, au moins une fois par mois',
              points: 2,
            },
          ],
        },
        {
          id: 'con-story',
          theme: 'content',
          type: 'single',
          label:
            'Racontez-vous l’histoire de votre entreprise et de votre savoir-faire (parcours, matériaux, méthodes, origine des produits) ?',
          weight: 1,
          allowNotApplicable: false,
          unknownAdvice:
            'Demandez à un client fidèle ce qui le fait revenir chez vous : c’est souvent la base de l’histoire de votre entreprise à raconter en ligne.',
          options: [
            {
              id: 'con-story-none',
              label: 'Non',
              points: 0,
              advice:
                'Écrivez une page « Qui sommes-nous » : votre parcours, votre façon de travailler, vos matériaux ou vos fournisseurs. C’est ce qui vous distingue d’une grande enseigne.',
            },
            {
              id: 'con-story-short',
              label: 'En quelques lignes seulement',
              points: 1,
              advice:
                'Enrichissez la présentation de votre savoir-faire : une photo de vous au travail, vos titres (maître artisan, meilleur ouvrier de France…) et ce qui fait votre différence.',
            },
            {
              id: 'con-story-told',
              label: 'Oui, avec des textes et des photos qui montrent notre façon de travailler',
              points: 2,
            },
          ],
        },
        {
          id: 'con-updates',
          theme: 'content',
          type: 'single',
          label:
            'Ajoutez-vous régulièrement des nouveautés sur votre site ou votre fiche Google (nouvelles réalisations, produits de saison, actualités) ?',
          weight: 1,
          allowNotApplicable: false,
          unknownAdvice:
            'Notez la date de votre dernière publication (site, fiche Google ou réseau social) : c’est le point de départ pour fixer un rythme régulier.',
          options: [
            {
              id: 'con-updates-never',
              label: 'Non, rien de nouveau depuis plus d’un an',
              points: 0,
              advice:
                'Publiez une nouveauté par mois sur votre fiche Google ou votre site : une réalisation, un produit de saison, vos dates de congés.',
            },
            {
              id: 'con-updates-yearly',
              label: 'Quelques fois par an',
              points: 1,
              advice:
                'Passez à une nouveauté par mois : choisissez un jour fixe et préparez vos photos à l’avance.',
            },
            {
              id: 'con-updates-monthly',
              label: 'Oui, au moins une fois par mois',
              points: 2,
            },
          ],
        },
        {
          id: 'con-image-rights',
          theme: 'content',
          type: 'single',
          label: 'Avez-vous le droit d’utiliser toutes les images que vous publiez ?',
          help: 'Une photo trouvée sur internet appartient à son auteur. Une personne reconnaissable, ou la maison d’un client, demande leur accord écrit.',
          weight: 1,
          allowNotApplicable: false,
          options: [
            {
              id: 'con-image-rights-internet',
              label: 'J’utilise parfois des images trouvées sur internet',
              points: 0,
              advice:
                'Retirez les images trouvées sur internet : publiez vos propres photos, ou des images dont la licence autorise un usage commercial.',
            },
            {
              id: 'con-image-rights-no-consent',
              label:
                'Ce sont mes photos, mais je ne demande pas l’accord des clients ou des personnes photographiées',
              points: 1,
              advice:
                'Demandez l’accord écrit, un simple message suffit, des personnes visibles sur vos photos et des clients dont on reconnaît la maison.',
            },
            {
              id: 'con-image-rights-all',
              label:
                'Oui : ce sont mes photos, avec l’accord des personnes et des clients concernés',
              points: 2,
            },
          ],
          unknownAdvice:
            'Faites le tri dans vos images publiées : gardez celles que vous avez prises vous-même et demandez l’accord des personnes reconnaissables.',
        },
      ],
    },
    {
      key: 'social',
      label: themeLabels.social,
      intro:
        'Les réseaux sociaux entretiennent le lien avec vos clients. Inutile d’y passer vos journées : un peu de régularité suffit.',
      questions: [
        {
          id: 'soc-networks',
          theme: 'social',
          type: 'multi',
          label: 'Sur quels réseaux sociaux votre entreprise est-elle présente ?',
          help: 'Inutile d’être partout : mieux vaut un ou deux réseaux bien tenus, là où se trouvent vos clients.',
          weight: 1,
          max: 2,
          allowNotApplicable: false,
          unknownAdvice:
            'Demandez à quelques clients sur quels réseaux sociaux ils passent du temps : c’est là que votre entreprise doit être présente.',
          options: [
            { id: 'soc-networks-facebook', label: 'Facebook', points: 1 },
            { id: 'soc-networks-instagram', label: 'Instagram', points: 1 },
            { id: 'soc-networks-linkedin', label: 'LinkedIn', points: 1 },
            { id: 'soc-networks-tiktok', label: 'TikTok', points: 1 },
            { id: 'soc-networks-pinterest', label: 'Pinterest', points: 1 },
            { id: 'soc-networks-youtube', label: 'YouTube', points: 1 },
            {
              id: 'soc-networks-none',
              label: 'Aucun',
              points: 0,
              exclusive: true,
              advice:
                'Choisissez un réseau où sont vos clients, Facebook pour une clientèle locale ou Instagram pour un métier qui se voit (bijoux, pâtisserie, ébénisterie), et commencez par celui-là.',
            },
          ],
        },
        {
          id: 'soc-page',
          theme: 'social',
          type: 'single',
          label:
            'Votre entreprise a-t-elle une page professionnelle sur ces réseaux, séparée de votre compte personnel ?',
          help: 'Une page ou un compte professionnel affiche vos coordonnées et vos horaires, et donne accès aux statistiques (combien de personnes voient vos publications).',
          weight: 2,
          allowNotApplicable: false,
          unknownAdvice:
            'Vérifiez si votre entreprise a une page professionnelle (et non un profil personnel) sur Facebook ou Instagram : un conseiller de la CMA peut vous aider à le savoir.',
          options: [
            {
              id: 'soc-page-none',
              label: 'Non, je ne suis pas sur les réseaux sociaux',
              points: 0,
              advice:
                'Créez une page professionnelle pour votre entreprise sur un réseau, avec votre logo, vos coordonnées, vos horaires et quelques photos de vos réalisations.',
            },
            {
              id: 'soc-page-personal',
              label: 'J’utilise mon compte personnel',
              points: 1,
              advice:
                'Créez une page professionnelle séparée de votre compte personnel : vos clients y trouveront vos coordonnées et vous aurez accès aux statistiques.',
            },
            {
              id: 'soc-page-incomplete',
              label: 'Oui, mais elle est incomplète (coordonnées, horaires ou photos manquants)',
              points: 2,
              advice:
                'Complétez votre page : description de votre métier, coordonnées, horaires et une photo de couverture qui montre votre travail.',
            },
            { id: 'soc-page-complete', label: 'Oui, complète et à jour', points: 3 },
          ],
        },
        {
          id: 'soc-posting-rhythm',
          theme: 'social',
          type: 'single',
          label: 'À quel rythme publiez-vous sur les réseaux sociaux de votre entreprise ?',
          weight: 1,
          allowNotApplicable: false,
          unknownAdvice:
            'Ouvrez votre page et comptez vos publications du dernier mois : c’est la mesure de départ pour trouver un rythme tenable.',
          options: [
            {
              id: 'soc-posting-rhythm-never',
              label: 'Jamais ou presque',
              points: 0,
              advice:
                'Commencez par une publication toutes les deux semaines : une réalisation, un produit, une coulisse de l’atelier.',
            },
            {
              id: 'soc-posting-rhythm-irregular',
              label: 'De temps en temps, sans régularité',
              points: 1,
              advice:
                'Choisissez un jour fixe pour publier, préparez plusieurs publications d’un coup et programmez-les à l’avance.',
            },
            {
              id: 'soc-posting-rhythm-monthly',
              label: 'Une à trois fois par mois',
              points: 2,
              advice:
                'Visez une publication par semaine : la régularité compte plus que la quantité.',
            },
            {
              id: 'soc-posting-rhythm-weekly',
              label: 'Au moins une fois par semaine',
              points: 3,
            },
          ],
        },
        {
          id: 'soc-replies',
          theme: 'social',
          type: 'single',
          label: 'Répondez-vous aux messages et aux commentaires reçus sur vos réseaux sociaux ?',
          help: 'Choisissez « Non concerné » si vous ne recevez jamais de messages ni de commentaires.',
          weight: 1,
          allowNotApplicable: true,
          unknownAdvice:
            'Ouvrez la messagerie de votre page professionnelle : des messages de clients attendent peut-être une réponse.',
          options: [
            {
              id: 'soc-replies-rarely',
              label: 'Rarement ou jamais',
              points: 0,
              advice:
                'Activez les notifications de votre page sur votre téléphone et répondez aux messages dans la journée : un client sans réponse appelle un concurrent.',
            },
            {
              id: 'soc-replies-late',
              label: 'Oui, mais souvent plusieurs jours après',
              points: 1,
              advice:
                'Réservez deux moments par jour, par exemple à la pause et le soir, pour répondre aux messages et aux commentaires.',
            },
            {
              id: 'soc-replies-same-day',
              label: 'Oui, en général dans la journée',
              points: 2,
            },
          ],
        },
        {
          id: 'soc-reach',
          theme: 'social',
          type: 'multi',
          label: 'Comment savez-vous ce que vous apportent vos réseaux sociaux ?',
          help: 'Les statistiques de votre page indiquent combien de personnes ont vu vos publications (on parle de « portée ») et combien ont visité votre profil.',
          weight: 1,
          max: 3,
          allowNotApplicable: false,
          options: [
            {
              id: 'soc-reach-likes',
              label: 'Je regarde les mentions « J’aime » et les commentaires',
              points: 1,
            },
            {
              id: 'soc-reach-statistics',
              label: 'Je consulte les statistiques de ma page',
              points: 2,
            },
            {
              id: 'soc-reach-customers',
              label: 'Je demande aux nouveaux clients s’ils m’ont découvert sur les réseaux',
              points: 1,
            },
            {
              id: 'soc-reach-none',
              label: 'Je ne regarde rien de tout cela',
              points: 0,
              exclusive: true,
              advice:
                'Une fois par mois, ouvrez les statistiques de votre page, notez le nombre de personnes touchées et vos trois publications les plus vues, puis refaites ce qui marche.',
            },
          ],
          unknownAdvice:
            'Ouvrez votre page professionnelle : l’onglet des statistiques (ou « tableau de bord ») montre combien de personnes voient vos publications.',
        },
        {
          id: 'soc-links',
          theme: 'social',
          type: 'single',
          label:
            'Vos pages sur les réseaux sociaux renvoient-elles vers votre site ou votre fiche Google, et inversement ?',
          help: 'Un lien dans la description de votre page permet à un client intéressé de trouver vos coordonnées ou de vous demander un devis.',
          weight: 1,
          allowNotApplicable: false,
          options: [
            {
              id: 'soc-links-none',
              label: 'Non, aucun lien',
              points: 0,
              advice:
                'Ajoutez dans la description de chaque page un lien vers votre site, ou vers votre fiche Google si vous n’avez pas de site, et mettez sur votre site des liens vers vos pages.',
            },
            {
              id: 'soc-links-one-way',
              label: 'Dans un seul sens',
              points: 1,
              advice:
                'Ajoutez les liens dans l’autre sens : votre site doit renvoyer vers vos pages, et vos pages vers votre site.',
            },
            { id: 'soc-links-both-ways', label: 'Oui, dans les deux sens', points: 2 },
          ],
          unknownAdvice:
            'Ouvrez la description de votre page et votre site : vérifiez que chacun contient un lien vers l’autre.',
        },
        {
          id: 'soc-online-orders',
          theme: 'social',
          type: 'single',
          label:
            'Vos clients peuvent-ils commander vos produits en ligne, depuis vos réseaux sociaux ou votre site ?',
          help: 'Choisissez « Non concerné » si vous ne vendez pas de produits à distance, par exemple pour des travaux ou du dépannage.',
          weight: 1,
          allowNotApplicable: true,
          unknownAdvice:
            'Demandez-vous si des clients vous ont déjà contacté par un réseau social pour un devis ou une commande : c’est le signe qu’il faut organiser ces demandes.',
          options: [
            {
              id: 'soc-online-orders-no',
              label: 'Non',
              points: 0,
              advice:
                'Présentez quelques produits avec leur prix sur votre page et proposez la commande par message avec retrait à l’atelier ou en boutique : c’est une première étape simple.',
            },
            {
              id: 'soc-online-orders-messages',
              label: 'Oui, par message ou par téléphone après une publication',
              points: 1,
              advice:
                'Ajoutez un catalogue de produits à votre page ou une boutique simple à votre site, pour que vos clients commandent sans attendre votre réponse.',
            },
            {
              id: 'soc-online-orders-shop',
              label: 'Oui, avec une boutique en ligne ou un catalogue de produits',
              points: 2,
            },
          ],
        },
      ],
    },
  ],
};
