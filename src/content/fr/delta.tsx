/**
 * DELTA flow: French texts per node. Question texts, answer labels and outcome titles are verbatim from
 * shared/docs/flows.md; bodies follow the fiche DELTA (S1) and add no obligation of their own.
 */
import { partsOf } from '../lazyParts';
import type { ContentOf, DeltaNodeId } from '../types';

const S1 = 'fiche DELTA';

const { part, preload } = partsOf<DeltaNodeId>(() => import('./delta.parts'));
/** Loads this flow's help texts and outcome bodies (before a first render on one of its steps). */
export const preloadDeltaParts = preload;

export const deltaContent: ContentOf<DeltaNodeId> = {
  'delta.service': {
    title: 'Quel service DELTA utilisez-vous ?',
    source: `${S1}, champ d’application`,
    answers: {
      g1: 'Delta G – dédouanement en un temps',
      g2: 'Delta G – dédouanement en deux temps',
      xi: 'Delta X Import',
      xe: 'Delta X Export',
      h7: 'Delta H7',
      other: 'Un autre service (DELTA IE…)',
    },
    Help: part('delta.service', 'Help'),
  },
  'delta.mode': {
    title: 'Quel mode de transmission utilisez-vous ?',
    source: `${S1}, étape 1`,
    answers: {
      dti: 'DTI (saisie sur le portail douane.gouv.fr)',
      edi: 'EDI (via un prestataire de connexion)',
    },
    Help: part('delta.mode', 'Help'),
  },
  'delta.alert': {
    title: 'Une alerte est-elle publiée sur la météo des services en ligne ?',
    source: `${S1}, étape 1`,
    answers: {
      yes: 'Oui, une alerte est publiée',
      no: 'Non, aucune alerte',
    },
    Help: part('delta.alert', 'Help'),
  },
  'delta.alertMatch': {
    title: 'Le message d’alerte correspond-il à votre situation ?',
    source: `${S1}, étape 1`,
    answers: {
      yes: 'Oui : même service, même mode, mêmes dysfonctionnements',
      no: 'Non, ma situation est différente',
    },
    Help: part('delta.alertMatch', 'Help'),
  },
  'delta.provider': {
    title: 'Votre prestataire de connexion confirme-t-il que le dysfonctionnement vient de sa plateforme ?',
    source: `${S1}, étape 2 (utilisateurs EDI)`,
    answers: {
      yes: 'Oui, sa plateforme est en cause',
      no: 'Non, sa plateforme fonctionne',
    },
    Help: part('delta.provider', 'Help'),
  },
  'delta.symptom': {
    title: 'Que constatez-vous ?',
    source: `${S1}, étapes 2 et 3`,
    answers: {
      cannotValidate: 'Je n’arrive pas à valider mes déclarations (anticipées ou non)',
      noBae: 'Mes déclarations validées n’obtiennent pas le BAE',
    },
    Help: part('delta.symptom', 'Help'),
  },
  'delta.aubette': {
    title: 'Dans Aubette, quel est l’état de votre déclaration ?',
    source: `${S1}, étape 2 (vérifier que le blocage est technique)`,
    answers: {
      bae: 'Elle est à l’état BAE',
      other: 'Elle n’a pas obtenu le BAE',
      unreachable: 'Je n’ai pas pu accéder à Aubette',
    },
    Help: part('delta.aubette', 'Help'),
  },
  'delta.office': {
    title:
      'Le service des douanes indique-t-il que la déclaration est « sous contrôle », « crédit en attente » ou « paiement comptant » ?',
    source: `${S1}, étape 2 (vérifier que le blocage est technique)`,
    answers: {
      yes: 'Oui, elle est dans l’un de ces états',
      no: 'Non, elle n’est dans aucun de ces états',
      closed: 'Le service n’est pas joignable (bureau fermé)',
    },
    Help: part('delta.office', 'Help'),
  },

  'delta.followAlert': {
    title: 'Appliquez la procédure de secours annoncée par l’alerte.',
    source: `${S1}, étape 1 et étape 6`,
    verdict: 'allowed',
    answers: {},
    Body: part('delta.followAlert', 'Body'),
  },
  'delta.providerIncident': {
    title: 'Incident chez votre prestataire : attendez l’alerte du CID.',
    source: `${S1}, étape 2 (utilisateurs EDI)`,
    verdict: 'wait',
    answers: {},
    Body: part('delta.providerIncident', 'Body'),
  },
  'delta.noBackupNeeded': {
    title: 'Votre déclaration a le BAE : la procédure de secours n’est pas nécessaire.',
    source: `${S1}, étape 2 (vérifier que le blocage est technique)`,
    verdict: 'notNeeded',
    answers: {},
    Body: part('delta.noBackupNeeded', 'Body'),
  },
  'delta.notTechnical': {
    title: 'Le blocage n’est pas technique : voyez avec votre bureau de douane.',
    source: `${S1}, étapes 2 et 3`,
    verdict: 'notAllowed',
    answers: {},
    Body: part('delta.notTechnical', 'Body'),
  },
  'delta.notCovered': {
    title: 'Cette fiche ne couvre pas ce service.',
    source: `${S1}, champ d’application`,
    verdict: 'notCovered',
    answers: {},
    Body: part('delta.notCovered', 'Body'),
  },
  'delta.selfTrigger': {
    title: 'Vous pouvez auto-déclencher la procédure de secours.',
    source: `${S1}, étapes 3 à 6`,
    verdict: 'allowed',
    answers: {},
    Body: part('delta.selfTrigger', 'Body'),
  },
};
