/**
 * The texts of help-desk mode, apart from the diagnosis screens: what the agent reads out to the caller at
 * each question and each outcome (« À dire »), each outcome's next steps in a few plain lines (call summary,
 * handover e-mail). Every question and every outcome has
 * its own, or this does not compile. Worded after the sources (fiche DELTA, logigramme GAMMA 2) and
 * flows.md; what the sources do not say is not said.
 */
import type { NodeId, OutcomeId } from '../../flows/ids';
import { answerAt, selfTriggerCase, type AnsweredNode, type SelfTriggerCase } from '../../flows/rules';
import { contacts } from '../contacts';
import { AUBETTE_IMPORT_NOTE, DELTA_IE_NOTE, GAMMA_HARDWARE_FIRST, GAMMA_NO_FAULT } from './notes';

const SAU = `le SAU du CID au ${contacts.sau.phoneDisplay}`;

// The SAU call after the DA (fiche DELTA, step 5), with its purpose: due outside the office's opening hours,
// so said as due when the caller answered that the office was closed.
const SAU_PURPOSE =
  'afin que l’équipe technique d’astreinte puisse effectuer à distance les vérifications nécessaires pour identifier l’origine du dysfonctionnement et permettre sa résolution dans les meilleurs délais';
const SAY_SAU_OPEN = `En dehors des heures d’ouverture du bureau, après avoir déposé la demande d’assistance, appelez ${SAU}, ${SAU_PURPOSE}.`;
const SAY_SAU_CLOSED = `Votre bureau est fermé : après avoir déposé la demande d’assistance, appelez ${SAU}, ${SAU_PURPOSE}.`;
const STEP_SAU_OPEN = `En dehors des heures d’ouverture du bureau, après avoir déposé la demande d’assistance, appeler ${SAU}, ${SAU_PURPOSE}.`;
const STEP_SAU_CLOSED = `Bureau fermé : après avoir déposé la demande d’assistance, appeler ${SAU}, ${SAU_PURPOSE}.`;
const officeClosed = (path: readonly AnsweredNode[]) => answerAt(path, 'delta.office') === 'closed';

// The self-trigger's case (fiche DELTA, step 3), or the tool's reading when the office could not be reached.
const SAY_CASE: Record<SelfTriggerCase, string> = {
  cannotValidate:
    'Vous êtes dans le cas 1 de la fiche : vous n’arrivez pas à valider les déclarations (anticipées ou non).',
  noBae:
    'Vous êtes dans le cas 2 de la fiche : vos déclarations validées n’ont pas obtenu le BAE et ne sont ni « sous contrôle », ni « crédit en attente », ni « paiement au comptant » ; la fiche en conclut que « le blocage de votre déclaration est technique et par conséquent, le dysfonctionnement de votre système privatif est confirmé ».',
  noBaeUnverified:
    'Conseil de l’outil (hors fiche) : le bureau étant fermé, l’état de vos déclarations (« sous contrôle », « crédit en attente », « paiement comptant ») n’a pas pu être vérifié ; or le cas 2 de la fiche exige qu’elles ne soient dans aucun de ces états. Vérifiez-le auprès du bureau dès son ouverture.',
};
const STEP_CASE: Record<SelfTriggerCase, string> = {
  cannotValidate: 'Cas 1 de la fiche : l’opérateur n’arrive pas à valider ses déclarations (anticipées ou non).',
  noBae:
    'Cas 2 de la fiche : les déclarations validées n’ont pas obtenu le BAE et ne sont ni « sous contrôle », ni « crédit en attente », ni « paiement au comptant », donc le blocage est technique et le dysfonctionnement du système privatif est confirmé.',
  noBaeUnverified:
    'Conseil de l’outil (hors fiche) : déclarations validées sans BAE, dont l’état (« sous contrôle », « crédit en attente », « paiement comptant ») n’a pas pu être vérifié, le bureau étant fermé ; or le cas 2 de la fiche exige qu’elles ne soient dans aucun de ces états. Le vérifier auprès du bureau dès son ouverture.',
};

// GAMMA 2: who authorised the backup procedure, in the chart's words (BackupBody, AUTHORISER_LABELS).
const SAY_BACKUP = 'La procédure de secours est autorisée.';
const SAY_BACKUP_SAU =
  'Aucune solution alternative : le SAU ou le service gestionnaire autorise l’utilisation de la procédure de secours.';
const SAY_BACKUP_METEO =
  'Un dysfonctionnement de GAMMA 2 est signalé sur la météo des services en ligne : pas besoin d’avertir le SAU au préalable, la procédure de secours est autorisée.';
const STEP_BACKUP_METEO =
  'Dysfonctionnement signalé sur la météo des services en ligne : pas besoin d’avertir le SAU au préalable, procédure de secours autorisée.';
const STEP_BACKUP_SAU =
  'Aucune solution alternative : le SAU ou le service gestionnaire autorise l’utilisation de la procédure de secours.';
const byMeteo = (path: readonly AnsweredNode[]) => answerAt(path, 'gamma.weather') === 'yes';

/** For the help-desk agent: the sentence to read out, at each question and at each outcome. */
export const SAY: Record<NodeId, string> = {
  start: 'Quel service en ligne de la douane ne fonctionne pas : DELTA ou GAMMA 2 ?',
  'delta.service':
    'Par quel service DELTA déposez-vous vos déclarations : Delta G, Delta X Import, Delta X Export, Delta H7, ou un autre service ?',
  'delta.mode':
    'Saisissez-vous vos déclarations sur le portail douane.gouv.fr, en DTI, ou les envoyez-vous par un logiciel via un prestataire de connexion, en EDI ?',
  'delta.alert': `Pouvez-vous consulter la météo des services en ligne sur douane.gouv.fr, ou appeler le SAU du CID au ${contacts.sau.phoneDisplay} et taper 1 pour consulter les alertes : une alerte est-elle publiée pour ce service ?`,
  'delta.alertMatch':
    'Pouvez-vous lire le message d’alerte : décrit-il le même service en ligne, le même mode de transmission et les mêmes dysfonctionnements que les vôtres ?',
  'delta.provider':
    'Avez-vous contacté votre prestataire de connexion : confirme-t-il que le dysfonctionnement vient de sa plateforme de transmission ?',
  'delta.symptom':
    'Que constatez-vous : vous n’arrivez pas à valider vos déclarations, ou vos déclarations validées n’ont pas obtenu le BAE ?',
  'delta.aubette':
    'Pouvez-vous consulter l’état de votre déclaration dans le service en ligne Aubette : est-elle à l’état « BAE » ?',
  'delta.office':
    'Le service des douanes vous a-t-il indiqué si la déclaration est « sous contrôle », « crédit en attente » ou « paiement comptant » ? Ou le bureau est-il fermé ?',
  'gamma.access': 'Avez-vous un problème de matériel ou d’accès à internet ?',
  'gamma.weather':
    'Pouvez-vous consulter la météo des services en ligne sur douane.gouv.fr : un dysfonctionnement de GAMMA 2 y est-il signalé ?',
  'gamma.mode':
    'Comment créez-vous vos DAES : par un logiciel qui produit un fichier (DTI+), sur le portail (DTI), ou via un prestataire (EDI) ?',
  'gamma.editor': 'L’éditeur de votre logiciel DTI+ diagnostique-t-il une panne de son logiciel ?',
  'gamma.provider': 'Votre prestataire EDI connaît-il des problèmes techniques ?',
  'gamma.office':
    'Avez-vous contacté votre bureau de douane de rattachement : a-t-il résolu le problème ? S’il n’est pas joignable ou n’a pas de solution, contactez le SAU par téléphone et déposez une demande d’assistance dans votre espace douane.gouv.fr.',
  'gamma.authorisation':
    'Le SAU ou le service gestionnaire vous a-t-il autorisé à utiliser la procédure de secours ? Qui vous l’a dit, et à quelle heure ?',

  'delta.followAlert':
    'L’alerte correspond à votre situation. La fiche DELTA demande de consulter préalablement la fiche alerte pour le déclenchement de la procédure de secours. Reportez-vous à la procédure de secours qui vous concerne, et tenez-vous informé régulièrement des bulletins d’information périodiques du SAU, dans la météo des services en ligne. Lorsqu’un message de fin d’alerte est publié, assurez-vous qu’il vous concerne et appliquez les consignes indiquées dans le bulletin d’information.',
  'delta.providerIncident':
    'Le dysfonctionnement vient de la plateforme de votre prestataire. Attendez qu’il le signale au CID, puis consultez le message d’alerte publié par le SAU et relayé par votre prestataire, et reportez-vous à la procédure de secours qui vous concerne. La fiche DELTA demande de consulter préalablement la fiche alerte pour le déclenchement de la procédure de secours. Suivez régulièrement les bulletins d’information relayés par votre prestataire. Une fois l’alerte déclenchée par le SAU, vous devez suivre régulièrement les bulletins d’information émis par celui-ci. Lorsqu’un message de fin d’alerte est publié, assurez-vous qu’il vous concerne et appliquez les consignes indiquées dans le bulletin d’information.',
  'delta.noBackupNeeded':
    'Votre déclaration est à l’état « BAE » : le passage en procédure de secours n’est pas nécessaire.',
  'delta.notTechnical':
    'Votre déclaration est « sous contrôle », « crédit en attente » ou « paiement comptant » : elle n’entre dans aucun des deux cas où la fiche DELTA permet d’auto-déclencher la procédure de secours. Conseil de l’outil : voyez avec votre bureau de douane la suite à donner à la déclaration.',
  'delta.notCovered': `La fiche DELTA ne couvre pas le service en ligne que vous utilisez. Conseil de l’outil : contactez le SAU du CID par téléphone au ${contacts.sau.phoneDisplay} ou par courriel à ${contacts.sau.email}.`,
  'delta.selfTrigger': `Vous pouvez auto-déclencher la procédure de secours. La fiche DELTA demande de consulter préalablement la fiche alerte pour le déclenchement de la procédure de secours. Déposez une demande d’assistance sur OLGA en mentionnant « auto-déclenchement de la procédure de secours » et en indiquant vos références (numéro EORI, raison sociale, adresse, numéro de téléphone), le type de service en ligne, la date et l’heure de passage en alerte, ainsi que les raisons de l’auto-déclenchement ; si vous dédouanez au moyen de plusieurs services en ligne, vous devez déposer une demande d’assistance pour chacun d’entre eux. L’heure d’enregistrement de la demande d’assistance est celle retenue pour le début de la procédure de secours. La demande est unique pour l’ensemble des déclarations concernées par la procédure de secours. Ensuite, informez le bureau de douane du déclenchement de la procédure de secours en lui transférant le courriel automatique accusant réception de la DA. Dès l’enregistrement de la DA et l’information du bureau (les deux conditions sont cumulatives), vous pouvez recourir à la procédure de secours. ${SAY_SAU_OPEN} Lorsque le dysfonctionnement de votre système privatif est résolu, vous devez contacter le SAU du CID par courriel à ${contacts.sau.email} ou par téléphone au ${contacts.sau.phoneDisplay}, pour qu’il puisse clore la demande d’assistance (DA), et vous devez également informer votre bureau de douane.`,
  'gamma.useDti':
    'Utilisez le mode DTI, la saisie sur le portail douane, en attendant la résolution. Si le mode DTI ne fonctionne pas non plus, dites-le-moi.',
  'gamma.resolved': 'Votre bureau a résolu le problème : la procédure de secours n’est pas utilisée.',
  'gamma.alternative': 'Appliquez la solution alternative que le SAU ou le service gestionnaire vous propose.',
  'gamma.backup':
    'La procédure de secours est autorisée. D’abord, établissez un document papier, conformément aux dispositions de l’article 9 du règlement CE 2022/1636. Information complémentaire (hors fiche) : il s’agit du règlement délégué (UE) 2022/1636, et le document porte les données du projet de DAES. Ensuite, numérotez-le avec un LRN que vous attribuez librement, en respectant une série continue par année ; il peut être alphanumérique et ne doit pas dépasser les 22 caractères. Transmettez-en alors une copie à votre bureau gestionnaire avant le mouvement, puis archivez le document de secours. Enfin, dès la fin de la période d’indisponibilité du système informatisé, intégrez immédiatement les données du document papier dans GAMMA 2 pour créer un DAES (voir le guide d’utilisation GAMMA 2).',
};

/** Each outcome's next steps, in a few plain lines (call summary, handover e-mail). */
export const NEXT_STEPS: Record<OutcomeId, readonly string[]> = {
  'delta.followAlert': [
    'Consulter préalablement la fiche alerte pour le déclenchement de la procédure de secours (fiche DELTA).',
    'Se reporter à la procédure de secours qui concerne l’opérateur.',
    'Se tenir informé régulièrement des bulletins d’information périodiques (BIP) du SAU, dans la météo des services en ligne.',
    'Lorsqu’un message de fin d’alerte est publié, vérifier qu’il concerne l’opérateur et appliquer les consignes indiquées dans le bulletin d’information.',
  ],
  'delta.providerIncident': [
    'Consulter préalablement la fiche alerte pour le déclenchement de la procédure de secours (fiche DELTA).',
    'Attendre que le prestataire signale le dysfonctionnement au CID.',
    'Consulter le message d’alerte publié par le SAU, relayé par le prestataire, puis se reporter à la procédure de secours qui concerne l’opérateur.',
    'Suivre régulièrement les bulletins d’information relayés par le prestataire.',
    'Une fois l’alerte déclenchée par le SAU, suivre régulièrement les bulletins d’information émis par celui-ci.',
    'Lorsqu’un message de fin d’alerte est publié, vérifier qu’il concerne l’opérateur et appliquer les consignes indiquées dans le bulletin d’information.',
  ],
  'delta.noBackupNeeded': [
    'La déclaration est à l’état « BAE » : le passage en procédure de secours n’est pas nécessaire.',
  ],
  'delta.notTechnical': [
    'La déclaration est « sous contrôle », « crédit en attente » ou « paiement comptant » : aucun des deux cas d’auto-déclenchement de la fiche DELTA (étape 3).',
    'Conseil de l’outil : voir avec le bureau de douane la suite à donner à la déclaration.',
  ],
  'delta.notCovered': [
    `Conseil de l’outil : contacter le SAU du CID par téléphone au ${contacts.sau.phoneDisplay} ou par courriel à ${contacts.sau.email}.`,
  ],
  'delta.selfTrigger': [
    'Consulter préalablement la fiche alerte pour le déclenchement de la procédure de secours (fiche DELTA).',
    'Déposer sur OLGA une demande d’assistance (DA) mentionnant « auto-déclenchement de la procédure de secours » et indiquant les références de l’opérateur (numéro EORI, raison sociale, adresse, numéro de téléphone), le type de service en ligne, la date et l’heure de passage en alerte, ainsi que les raisons de l’auto-déclenchement.',
    'Si l’opérateur dédouane au moyen de plusieurs services en ligne, déposer une demande d’assistance pour chacun d’entre eux.',
    'L’heure d’enregistrement de la DA sur douane.gouv.fr est celle retenue pour le début de la procédure de secours.',
    'La demande est unique pour l’ensemble des déclarations concernées par la procédure de secours.',
    'Informer le bureau de douane du déclenchement de la procédure de secours en lui transférant le courriel automatique accusant réception de la DA.',
    'Dès l’enregistrement de la DA et l’information du bureau de douane (les deux conditions sont cumulatives), l’opérateur peut recourir à la procédure de secours.',
    STEP_SAU_OPEN,
    `Fin d’alerte : lorsque le dysfonctionnement du système privatif est résolu, contacter le SAU du CID par courriel à ${contacts.sau.email} ou par téléphone au ${contacts.sau.phoneDisplay}, pour qu’il puisse clore la DA, et informer le bureau de douane.`,
  ],
  'gamma.useDti': [
    'Utiliser le mode DTI (portail douane) en attendant la résolution.',
    'Si le mode DTI ne fonctionne pas non plus : contacter le bureau de douane de rattachement ; s’il n’est pas joignable ou n’a pas de solution, contacter le SAU par téléphone et déposer une demande d’assistance via l’interface dédiée de l’espace douane.gouv.fr.',
  ],
  'gamma.resolved': ['Le bureau a résolu le problème : pas de procédure de secours.'],
  'gamma.alternative': ['Appliquer la solution alternative proposée par le SAU ou le service gestionnaire.'],
  'gamma.backup': [
    'Établir un document papier, conformément aux dispositions de l’article 9 du règlement CE 2022/1636, numéroté par un LRN attribué librement en respectant une série continue par année ; il peut être alphanumérique et ne doit pas dépasser les 22 caractères.',
    'Information complémentaire (hors fiche) : ce texte est le règlement délégué (UE) 2022/1636 ; le document porte les données du projet de DAES.',
    'Transmettre une copie du document de secours au bureau gestionnaire avant le mouvement, puis archiver le document.',
    'Dès la fin de la période d’indisponibilité du système informatisé, intégrer immédiatement les données du document papier dans GAMMA 2 pour créer un DAES (voir le guide d’utilisation GAMMA 2).',
  ],
};

/** What the e-mail to a caller says where the spoken sentence asks them to say something back. */
const WRITTEN: Partial<Record<OutcomeId, string>> = {
  'gamma.useDti':
    'Utilisez le mode DTI, la saisie sur le portail douane, en attendant la résolution. Si le mode DTI ne fonctionne pas non plus, contactez votre bureau de douane de rattachement ; s’il n’est pas joignable ou n’a pas de solution, contactez le SAU par téléphone et déposez une demande d’assistance via l’interface dédiée de votre espace douane.gouv.fr.',
};

/** An outcome's sentence as the e-mail to the caller gives it (the spoken one, or its written form). */
export const writtenAt = (outcome: OutcomeId, path: readonly AnsweredNode[]): string =>
  WRITTEN[outcome] ?? sayAt(outcome, path);

/** The sentence to read out at `node`, for the answers given so far. */
export const sayAt = (node: NodeId, path: readonly AnsweredNode[]): string => {
  let text = officeClosed(path) ? SAY[node].replace(SAY_SAU_OPEN, SAY_SAU_CLOSED) : SAY[node];
  const kind = node === 'delta.selfTrigger' ? selfTriggerCase(path) : null;
  if (kind) text = `${SAY_CASE[kind]} ${text}`;
  if (node === 'gamma.backup') text = text.replace(SAY_BACKUP, byMeteo(path) ? SAY_BACKUP_METEO : SAY_BACKUP_SAU);
  // What the screen adds on this path, said too (its marker with it).
  if (node === 'delta.aubette' && answerAt(path, 'delta.service') !== 'xe') text = `${text} ${AUBETTE_IMPORT_NOTE}`;
  if (node === 'delta.notCovered') text = `${text} ${DELTA_IE_NOTE}`;
  if (node === 'gamma.office') {
    if (answerAt(path, 'gamma.access') === 'yes') text = `${GAMMA_HARDWARE_FIRST} ${text}`;
    if (answerAt(path, 'gamma.editor') === 'no' || answerAt(path, 'gamma.provider') === 'no')
      text = `${text} ${GAMMA_NO_FAULT}`;
  }
  return text;
};

/** An outcome's next steps, for the answers that led there. */
export const nextStepsAt = (outcome: OutcomeId, path: readonly AnsweredNode[]): readonly string[] => {
  const steps = officeClosed(path)
    ? NEXT_STEPS[outcome].map((s) => (s === STEP_SAU_OPEN ? STEP_SAU_CLOSED : s))
    : NEXT_STEPS[outcome];
  const kind = outcome === 'delta.selfTrigger' ? selfTriggerCase(path) : null;
  if (kind) return [STEP_CASE[kind], ...steps];
  if (outcome === 'gamma.backup') return [byMeteo(path) ? STEP_BACKUP_METEO : STEP_BACKUP_SAU, ...steps];
  return steps;
};
