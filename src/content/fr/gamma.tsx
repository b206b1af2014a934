/**
 * GAMMA 2 flow: French texts per node. Question texts, answer labels and outcome titles are verbatim from
 * shared/docs/flows.md; bodies follow the logigramme GAMMA 2 (S2) and add no obligation of their own.
 */
import { partsOf } from '../lazyParts';
import type { ContentOf, GammaNodeId } from '../types';

const S2 = 'logigramme GAMMA 2 (version janvier 2023)';

const { part, preload } = partsOf<GammaNodeId>(() => import('./gamma.parts'));
/** Loads this flow's help texts and outcome bodies (before a first render on one of its steps). */
export const preloadGammaParts = preload;

export const gammaContent: ContentOf<GammaNodeId> = {
  'gamma.access': {
    title: 'Avez-vous un problème de matériel ou d’accès à internet ?',
    source: S2,
    answers: {
      yes: 'Oui, un problème de matériel ou d’accès',
      no: 'Non, mon matériel et mon accès fonctionnent',
    },
    Help: part('gamma.access', 'Help'),
  },
  'gamma.weather': {
    title: 'La météo des services en ligne signale-t-elle un dysfonctionnement de GAMMA 2 ?',
    source: S2,
    answers: {
      yes: 'Oui, un dysfonctionnement est signalé',
      no: 'Non, rien n’est signalé',
    },
    Help: part('gamma.weather', 'Help'),
  },
  'gamma.mode': {
    title: 'Quel mode utilisez-vous ?',
    source: S2,
    answers: {
      dtiPlus: 'DTI+ (mon logiciel crée un fichier JSON)',
      dti: 'DTI (portail douane)',
      edi: 'EDI (via un prestataire)',
    },
    hints: {
      dtiPlus: 'Vous ne pouvez pas créer de fichier JSON : contactez votre éditeur de logiciel.',
      dti: 'Vous contacterez votre bureau de douane de rattachement.',
      edi: 'Vous ne pouvez pas émettre de DAES : contactez votre prestataire.',
    },
  },
  'gamma.editor': {
    title: 'Votre éditeur de logiciel diagnostique-t-il une panne de son logiciel ?',
    source: S2,
    answers: {
      yes: 'Oui, le logiciel est en panne',
      no: 'Non, le logiciel n’est pas en cause',
    },
    Help: part('gamma.editor', 'Help'),
  },
  'gamma.provider': {
    title: 'Votre prestataire EDI connaît-il des problèmes techniques ?',
    source: S2,
    answers: {
      yes: 'Oui, il connaît des problèmes techniques',
      no: 'Non, il n’en connaît pas',
    },
    Help: part('gamma.provider', 'Help'),
  },
  'gamma.office': {
    title: 'Votre bureau de douane de rattachement a-t-il résolu le problème ?',
    source: S2,
    answers: {
      yes: 'Oui, le problème est résolu',
      no: 'Non : bureau injoignable ou sans solution',
    },
    Help: part('gamma.office', 'Help'),
  },
  'gamma.authorisation': {
    title: 'Le SAU ou le service gestionnaire autorise-t-il la procédure de secours ?',
    source: S2,
    answers: {
      yes: 'Oui, aucune solution alternative : la procédure de secours est autorisée',
      no: 'Non, une solution alternative m’est proposée',
    },
    Help: part('gamma.authorisation', 'Help'),
  },

  'gamma.useDti': {
    title: 'Utilisez le mode DTI en attendant la résolution.',
    source: S2,
    verdict: 'notNeeded',
    answers: { dtiFails: 'Le mode DTI ne fonctionne pas non plus' },
    Body: part('gamma.useDti', 'Body'),
  },
  'gamma.resolved': {
    title: 'Problème résolu : pas de procédure de secours.',
    source: S2,
    verdict: 'notNeeded',
    answers: {},
    Body: part('gamma.resolved', 'Body'),
  },
  'gamma.alternative': {
    title: 'Appliquez la solution alternative proposée.',
    source: S2,
    verdict: 'notAllowed',
    answers: {},
    Body: part('gamma.alternative', 'Body'),
  },
  'gamma.backup': {
    title: 'La procédure de secours est autorisée : établissez un document papier.',
    source: `${S2} ; règlement délégué (UE) 2022/1636, art. 9`,
    verdict: 'allowed',
    answers: {},
    Body: part('gamma.backup', 'Body'),
  },
};
