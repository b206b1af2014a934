/**
 * The words of « Aide » (src/pages/HelpPage.tsx), for the person using the tool: what it is and is not, the
 * two flows, where the data lives, help-desk mode, printing, offline use. Paragraphs with a link are written
 * here with it.
 */
import { Link } from 'react-router';
import { PAGE_PATHS } from '../../routes';

export const HELP_TEXT = {
  title: 'Aide',
  whatTitle: 'Ce que fait l’outil, et ce qu’il ne fait pas',
  what: [
    'Secours douane vous guide, pas à pas, dans les procédures officielles à suivre quand les services en ligne de la douane ne fonctionnent pas : il vous dit si vous pouvez recourir à la procédure de secours, et pourquoi, puis vous aide à l’appliquer (texte de la demande d’assistance, courriels, journal de l’incident, registre des documents de secours GAMMA 2, listes à imprimer).',
    'C’est un outil indépendant d’aide au diagnostic : il n’est pas un service de la douane. Il suit la fiche DELTA « Déclenchement d’une alerte lors d’un dysfonctionnement des services en ligne DELTA » et le logigramme GAMMA 2 (version janvier 2023) ; seuls ces documents font foi. Il ne dépose rien à votre place : la demande d’assistance se dépose sur OLGA, les courriels partent de votre messagerie.',
  ],
  flowsTitle: 'Les deux diagnostics',
  delta: (
    <>
      <strong>DELTA</strong> (Delta G, Delta X Import et Export, Delta H7) : l’alerte publiée sur la météo des services
      en ligne, votre mode de transmission (DTI ou EDI), l’état de votre déclaration. Il mène à la procédure annoncée
      par l’alerte, à l’attente de l’alerte du CID (incident chez votre prestataire EDI), à l’auto-déclenchement de la
      procédure de secours, ou à la conclusion qu’elle n’est pas nécessaire (BAE), que la déclaration relève de votre
      bureau ou que la fiche ne couvre pas votre service (DELTA IE…).
    </>
  ),
  gamma: (
    <>
      <strong>GAMMA 2</strong> (produits soumis à accise, DAES) : votre matériel, la météo des services en ligne, votre
      mode (DTI+, DTI, EDI), votre bureau de douane, puis l’autorisation du SAU ou du service gestionnaire. La procédure
      de secours se fait sur document papier, numéroté par un LRN.
    </>
  ),
  answers:
    'Chaque réponse peut être changée depuis « Vos réponses ». Le lien de chaque étape ne contient que vos réponses : vous pouvez le transmettre.',
  dataTitle: 'Vos données',
  data: [
    'Ce que vous saisissez (réponses, incidents, registre LRN, références, appels en mode assistance) reste dans ce navigateur, sur cet appareil : rien n’est envoyé. Ce qui est tapé dans un formulaire est gardé même avant d’être enregistré, et se retrouve après un rechargement de la page.',
    <>
      La page <Link to={PAGE_PATHS.data}>Mes données</Link> montre ce que ce navigateur conserve et permet de le
      sauvegarder dans un fichier, puis de le restaurer dans un autre navigateur ou sur un autre appareil. La
      restauration ajoute les données du fichier à celles qui sont déjà là : quand vos références diffèrent des deux
      côtés, vous choisissez lesquelles garder ; un LRN pris pour deux documents, un expéditeur, un préfixe, une date ou
      l’autorisation d’un épisode renseignés différemment, ou deux épisodes de panne ouverts, sont signalés sur la page
      du registre ; une DA, une étape ou la fin de la procédure de secours notées deux fois, ou un service ajouté deux
      fois, sur celle de l’incident, pour que vous les régliez.
    </>,
    <>
      Si l’espace de stockage est plein ou bloqué (navigation privée, réglages du navigateur), un bandeau le dit. Ce que
      vous venez de saisir reste affiché, mais n’est gardé que si le navigateur l’accepte lors d’un nouvel essai : à la
      modification suivante, quand la page est quittée ou masquée, ou avec le bouton « Réessayer d’enregistrer » du
      bandeau. Sauvegardez alors vos données depuis « Mes données », puis libérez de l’espace ou changez de navigateur.
    </>,
  ],
  helpDeskTitle: 'Le mode assistance',
  helpDesk: (
    <>
      Pour l’agent qui guide un appelant au téléphone. Activé depuis la page{' '}
      <Link to={PAGE_PATHS.helpDesk}>Mode assistance</Link>, il ajoute à côté de chaque page un panneau : la phrase à
      dire à l’appelant, les faits à noter, ses réponses avec leur heure, les notes, le résumé de l’appel à copier et le
      lien de son étape à lui envoyer. Les appels terminés sont gardés dans l’
      <Link to={PAGE_PATHS.calls}>historique des appels</Link>. Ce que l’agent enregistre reste dans le navigateur de
      l’agent, pas dans celui de l’appelant.
    </>
  ),
  keysTitle: 'Raccourcis clavier',
  keysIntro:
    'En mode assistance, ces touches n’agissent pas dans un champ de saisie ; les chiffres, R et N n’agissent pas non plus quand un bouton ou un lien a le focus :',
  keysOff:
    'Les touches seules (chiffres, R, N et A) peuvent être désactivées sur la page « Mode assistance », pour qu’une touche pressée par erreur ou une commande vocale ne réponde pas à une question, ne commence pas un appel ou n’ouvre pas le panneau.',
  printTitle: 'Imprimer',
  print:
    'Chaque issue, le suivi d’un incident, le registre LRN et chaque document de secours s’impriment au format A4, sur une ou plusieurs pages (bouton « Imprimer », ou la commande d’impression du navigateur). Conseil de l’outil : gardez l’impression comme preuve de ce que vous avez fait et quand.',
  offlineTitle: 'Sans connexion',
  offline:
    'Ouvrez l’outil une fois, connecté, avant d’en avoir besoin : il fonctionne ensuite sans connexion, sur ce navigateur. Vous pouvez aussi l’installer comme une application (dans le menu du navigateur, « Installer » ou « Ajouter à l’écran d’accueil »). Les liens vers les sites de la douane (météo, OLGA, Aubette) demandent, eux, une connexion.',
  contactsTitle: 'Contacts',
  printButton: 'Imprimer cette aide',
} as const;
