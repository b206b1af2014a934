/**
 * The texts of help-desk mode, apart from the diagnosis screens: what the agent reads out to the caller at
 * each question and each outcome (« À dire »), each outcome's next steps in a few plain lines (call summary,
 * handover e-mail). Every question and every outcome has
 * its own, or this does not compile. Worded after the sources (fiche DELTA, logigramme GAMMA 2) and
 * flows.md; what the sources do not say is not said.
 */
import type { NodeId, OutcomeId } from '../../flows/ids';
import { answerAt, type AnsweredNode } from '../../flows/rules';
import { contacts } from '../contacts';

const SAU = `le SAU du CID au ${contacts.sau.phoneDisplay}`;

// The SAU call after the DA: due outside the office's opening hours (fiche DELTA), so due at once when the
// caller answered that the office was closed.
const SAY_SAU_OPEN = `En dehors des heures d’ouverture du bureau, après la DA, appelez ${SAU}.`;
const SAY_SAU_CLOSED = `Votre bureau étant fermé, après la DA, appelez ${SAU}.`;
const STEP_SAU_OPEN = `Hors heures d’ouverture du bureau : appeler ${SAU} après la DA.`;
const STEP_SAU_CLOSED = `Bureau fermé lors du diagnostic : appeler ${SAU} après la DA.`;
const officeClosed = (path: readonly AnsweredNode[]) => answerAt(path, 'delta.office') === 'closed';

/** For the help-desk agent: the sentence to read out, at each question and at each outcome. */
export const SAY: Record<NodeId, string> = {
  start: 'Quel service en ligne de la douane ne fonctionne pas : DELTA ou GAMMA 2 ?',
  'delta.service':
    'Par quel service DELTA déposez-vous vos déclarations : Delta G, Delta X Import, Delta X Export, Delta H7, ou un autre service ?',
  'delta.mode':
    'Saisissez-vous vos déclarations sur le portail douane.gouv.fr, en DTI, ou les envoyez-vous par un logiciel via un prestataire de connexion, en EDI ?',
  'delta.alert':
    'Pouvez-vous consulter la météo des services en ligne sur douane.gouv.fr : une alerte y est-elle publiée pour ce service ?',
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
    'L’alerte correspond à votre situation. Reportez-vous à la procédure de secours qui vous concerne, et suivez régulièrement les bulletins d’information du SAU dans la météo des services en ligne. Au message de fin d’alerte, vérifiez qu’il vous concerne et appliquez ses consignes.',
  'delta.providerIncident':
    'Le dysfonctionnement vient de la plateforme de votre prestataire. Attendez qu’il le signale au CID, puis consultez le message d’alerte publié par le SAU et relayé par votre prestataire, et reportez-vous à la procédure de secours qui vous concerne. Suivez les bulletins qu’il relaie.',
  'delta.noBackupNeeded':
    'Votre déclaration est à l’état « BAE » : le passage en procédure de secours n’est pas nécessaire.',
  'delta.notTechnical':
    'Ces états ne sont pas un blocage technique : la procédure de secours ne s’applique pas. Voyez avec votre bureau de douane la suite à donner à la déclaration.',
  'delta.notCovered': `La fiche DELTA ne couvre pas ce service. Contactez ${SAU}, ou par courriel à ${contacts.sau.email}.`,
  'delta.selfTrigger': `Vous pouvez auto-déclencher la procédure de secours. D’abord, déposez une demande d’assistance sur OLGA, une par service en ligne concerné, en mentionnant « auto-déclenchement de la procédure de secours », vos références, le service, la date et l’heure de passage en alerte et les raisons. Ensuite, informez votre bureau de douane en lui transférant le courriel d’accusé de réception de la DA. Dès la DA enregistrée et le bureau informé, vous pouvez recourir à la procédure de secours. ${SAY_SAU_OPEN} Quand le dysfonctionnement est résolu, demandez au SAU de clore la DA et informez votre bureau.`,
  'gamma.useDti':
    'Utilisez le mode DTI, la saisie sur le portail douane, en attendant la résolution. Si le mode DTI ne fonctionne pas non plus, dites-le-moi.',
  'gamma.resolved': 'Votre bureau a résolu le problème : la procédure de secours n’est pas utilisée.',
  'gamma.alternative': 'Appliquez la solution alternative que le SAU ou le service gestionnaire vous propose.',
  'gamma.backup':
    'La procédure de secours est autorisée. D’abord, établissez un document papier, conformément à l’article 9 du règlement délégué (UE) 2022/1636, avec les données du projet de DAES. Ensuite, numérotez-le avec un LRN que vous attribuez librement, en respectant une série continue par année, de 22 caractères au plus. Puis transmettez-en une copie à votre bureau gestionnaire avant le mouvement, puis archivez-le. Enfin, dès la fin de la période d’indisponibilité du système informatisé, intégrez immédiatement les données dans GAMMA 2 pour créer le DAES.',
};

/** Each outcome's next steps, in a few plain lines (call summary, handover e-mail). */
export const NEXT_STEPS: Record<OutcomeId, readonly string[]> = {
  'delta.followAlert': [
    'Se reporter à la procédure de secours qui concerne l’opérateur.',
    'Se tenir informé régulièrement des bulletins d’information périodiques (BIP) du SAU, dans la météo des services en ligne.',
    'Au message de fin d’alerte, vérifier qu’il concerne l’opérateur et appliquer ses consignes.',
  ],
  'delta.providerIncident': [
    'Attendre que le prestataire signale le dysfonctionnement au CID.',
    'Consulter le message d’alerte publié par le SAU, relayé par le prestataire, puis se reporter à la procédure de secours qui concerne l’opérateur.',
    'Suivre les bulletins relayés par le prestataire.',
  ],
  'delta.noBackupNeeded': ['La déclaration a le BAE : pas de procédure de secours.'],
  'delta.notTechnical': [
    'Voir avec le bureau de douane la suite à donner à la déclaration (sous contrôle, crédit en attente ou paiement comptant).',
  ],
  'delta.notCovered': [`Contacter ${SAU} ou à ${contacts.sau.email}.`],
  'delta.selfTrigger': [
    'Déposer une demande d’assistance sur OLGA par service en ligne concerné, avec la mention « auto-déclenchement de la procédure de secours ».',
    'Informer le bureau de douane en lui transférant le courriel d’accusé de réception de la DA.',
    'Recourir à la procédure de secours une fois la DA enregistrée et le bureau informé (les deux conditions sont cumulatives).',
    STEP_SAU_OPEN,
    'Fin d’alerte : demander au SAU du CID de clore la DA, et informer le bureau de douane.',
  ],
  'gamma.useDti': ['Utiliser le mode DTI (portail douane) en attendant la résolution.'],
  'gamma.resolved': ['Le bureau a résolu le problème : pas de procédure de secours.'],
  'gamma.alternative': ['Appliquer la solution alternative proposée par le SAU ou le service gestionnaire.'],
  'gamma.backup': [
    'Établir un document papier (art. 9 du règlement délégué (UE) 2022/1636), numéroté par un LRN de la série continue de l’année (22 caractères au plus).',
    'Transmettre une copie au bureau gestionnaire avant le mouvement, puis l’archiver.',
    'Dès la fin de la période d’indisponibilité du système informatisé, intégrer immédiatement les données pour créer le DAES.',
  ],
};

/** The sentence to read out at `node`, for the answers given so far. */
export const sayAt = (node: NodeId, path: readonly AnsweredNode[]): string =>
  officeClosed(path) ? SAY[node].replace(SAY_SAU_OPEN, SAY_SAU_CLOSED) : SAY[node];

/** An outcome's next steps, for the answers that led there. */
export const nextStepsAt = (outcome: OutcomeId, path: readonly AnsweredNode[]): readonly string[] =>
  officeClosed(path)
    ? NEXT_STEPS[outcome].map((s) => (s === STEP_SAU_OPEN ? STEP_SAU_CLOSED : s))
    : NEXT_STEPS[outcome];
