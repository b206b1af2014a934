/**
 * The texts of the help-desk panel and of the summaries, apart from the diagnosis screens (they are loaded
 * with the panel): what to ask the caller at each question, and each outcome's next steps in a few plain
 * lines (call summary, exports). Every question and every outcome must have its own, or this does not
 * compile.
 */
import type { OutcomeId, QuestionId } from '../../flows/ids';
import { contacts } from '../contacts';

/** For the help-desk agent: what to ask the caller. */
export const ASK: Record<QuestionId, string> = {
  start: 'Demandez quel service en ligne de la douane ne fonctionne pas.',
  'delta.service': 'Demandez par quel service DELTA la déclaration est déposée.',
  'delta.mode':
    'Demandez si les déclarations sont saisies sur le portail (DTI) ou envoyées par un logiciel via un prestataire (EDI).',
  'delta.alert': 'Demandez si une alerte est affichée sur la météo des services en ligne pour ce service.',
  'delta.alertMatch': 'Faites relire le message d’alerte : même service, même mode, mêmes dysfonctionnements ?',
  'delta.provider': 'Demandez ce que le prestataire de connexion EDI a répondu sur sa plateforme de transmission.',
  'delta.symptom': 'Demandez si la déclaration ne peut pas être validée, ou si elle est validée mais n’a pas le BAE.',
  'delta.aubette': 'Demandez l’état de la déclaration affiché par Aubette.',
  'delta.office': 'Demandez si le bureau a été joint et ce qu’il dit de l’état de la déclaration.',
  'gamma.access': 'Demandez si le poste, le réseau ou la connexion à internet de l’appelant fonctionnent.',
  'gamma.weather': 'Demandez si la météo des services en ligne signale un dysfonctionnement de GAMMA 2.',
  'gamma.mode': 'Demandez comment les DAES sont créés : logiciel (DTI+), portail (DTI) ou prestataire (EDI).',
  'gamma.editor': 'Demandez ce que l’éditeur du logiciel DTI+ a diagnostiqué.',
  'gamma.provider': 'Demandez ce que le prestataire EDI a répondu.',
  'gamma.office': 'Demandez si le bureau de rattachement a été joint et s’il a résolu le problème.',
  'gamma.authorisation': 'Demandez si le SAU ou le service gestionnaire a autorisé la procédure de secours, et quand.',
};

/** Each outcome's next steps, in a few plain lines. */
export const NEXT_STEPS: Record<OutcomeId, readonly string[]> = {
  'delta.followAlert': [
    'Appliquer la procédure de secours qui concerne l’opérateur, indiquée par l’alerte.',
    'Se tenir informé régulièrement des bulletins d’information périodiques (BIP) du SAU, dans la météo des services en ligne.',
    'Au message de fin d’alerte, vérifier qu’il concerne l’opérateur et appliquer ses consignes.',
  ],
  'delta.providerIncident': [
    'Attendre que le prestataire signale le dysfonctionnement au CID.',
    'Consulter l’alerte publiée par le SAU, relayée par le prestataire, puis appliquer la procédure de secours qui concerne l’opérateur.',
    'Suivre les bulletins relayés par le prestataire.',
  ],
  'delta.noBackupNeeded': ['La déclaration a le BAE : pas de procédure de secours.'],
  'delta.notTechnical': [
    'Voir avec le bureau de douane la suite à donner à la déclaration (sous contrôle, crédit en attente ou paiement comptant).',
  ],
  'delta.notCovered': [`Contacter le SAU du CID au ${contacts.sau.phoneDisplay} ou à ${contacts.sau.email}.`],
  'delta.selfTrigger': [
    'Déposer une demande d’assistance sur OLGA par service en ligne concerné, avec la mention « auto-déclenchement de la procédure de secours ».',
    'Transférer au bureau de douane le courriel d’accusé de réception de la DA.',
    'Recourir à la procédure de secours une fois la DA enregistrée et le bureau informé.',
    `Hors heures d’ouverture du bureau : appeler le SAU du CID au ${contacts.sau.phoneDisplay} après la DA.`,
    'Fin d’alerte : demander au SAU du CID de clore la DA, et informer le bureau de douane.',
  ],
  'gamma.useDti': ['Utiliser le mode DTI (portail douane) en attendant la réparation du logiciel DTI+.'],
  'gamma.resolved': ['Reprendre les opérations dans GAMMA 2 : pas de procédure de secours.'],
  'gamma.alternative': ['Appliquer la solution alternative proposée par le SAU ou le service gestionnaire.'],
  'gamma.backup': [
    'Établir un document papier (art. 9 du règlement délégué (UE) 2022/1636) numéroté par un LRN de la série annuelle.',
    'Envoyer une copie au bureau gestionnaire avant le mouvement, puis l’archiver.',
    'Dès le retour de GAMMA 2, saisir immédiatement les données pour créer le DAES.',
  ],
};
