/**
 * GAMMA 2 flow: French texts per node. Question texts, answer labels and outcome titles are verbatim from
 * shared/docs/flows.md; bodies follow the logigramme GAMMA 2 (S2) and add no obligation of their own.
 */
import { answerAt } from '../../flows/rules';
import { OfficialLink, SauPhone } from '../links';
import { contactsReadLine } from './contactsRead';
import type { GammaNodeId, NodeProps, ContentOf } from '../types';
import { GAMMA_OBLIGATIONS } from './gammaObligations';
import { GAMMA_HARDWARE_FIRST, GAMMA_NO_FAULT } from './notes';

const S2 = 'logigramme GAMMA 2 (version janvier 2023)';

export const gammaContent: ContentOf<GammaNodeId> = {
  'gamma.access': {
    title: 'Avez-vous un problème de matériel ou d’accès à internet ?',
    source: S2,
    answers: {
      yes: 'Oui, un problème de matériel ou d’accès',
      no: 'Non, mon matériel et mon accès fonctionnent',
    },
    Help: () => (
      <p>
        Information complémentaire (hors fiche) : un problème de matériel ou d’accès peut être, par exemple, un poste en
        panne, un réseau local coupé ou l’absence de connexion à internet.
      </p>
    ),
  },
  'gamma.weather': {
    title: 'La météo des services en ligne signale-t-elle un dysfonctionnement de GAMMA 2 ?',
    source: S2,
    answers: {
      yes: 'Oui, un dysfonctionnement est signalé',
      no: 'Non, rien n’est signalé',
    },
    Help: () => (
      <p>
        Consultez la <OfficialLink to="meteo">météo des services en ligne</OfficialLink> (sur douane.gouv.fr : services
        et aide / état opérationnel des services en ligne).
      </p>
    ),
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
      dtiPlus: 'Si vous ne pouvez pas créer le fichier JSON : contactez votre éditeur de logiciel.',
      dti: 'Contactez alors votre bureau de douane de rattachement.',
      edi: 'Si vous ne pouvez pas émettre de DAES : contactez votre prestataire.',
    },
  },
  'gamma.editor': {
    title: 'Votre éditeur de logiciel diagnostique-t-il une panne de son logiciel ?',
    source: S2,
    answers: {
      yes: 'Oui, le logiciel est en panne',
      no: 'Non, le logiciel n’est pas en cause',
    },
    Help: () => <p>Contactez votre éditeur de logiciel DTI+.</p>,
  },
  'gamma.provider': {
    title: 'Votre prestataire EDI connaît-il des problèmes techniques ?',
    source: S2,
    answers: {
      yes: 'Oui, il connaît des problèmes techniques',
      no: 'Non, il n’en connaît pas',
    },
    Help: () => (
      <p>Contactez votre prestataire. S’il connaît des problèmes techniques, il prend attache auprès du SAU.</p>
    ),
  },
  'gamma.office': {
    title: 'Votre bureau de douane de rattachement a-t-il résolu le problème ?',
    source: S2,
    answers: {
      yes: 'Oui, le problème est résolu',
      no: 'Non : bureau injoignable ou sans solution',
    },
    Help: OfficeHelp,
  },
  'gamma.authorisation': {
    title: 'Le SAU ou le service gestionnaire autorise-t-il la procédure de secours ?',
    source: S2,
    answers: {
      yes: 'Oui, aucune solution alternative : la procédure de secours est autorisée',
      no: 'Non, une solution alternative m’est proposée',
    },
    Help: () => (
      <p>
        Sans solution alternative, le SAU ou le service gestionnaire autorise l’utilisation de la procédure de secours.
        À l’étape suivante, vous noterez qui l’a autorisée et quand.
      </p>
    ),
  },

  'gamma.useDti': {
    title: 'Utilisez le mode DTI en attendant la résolution.',
    source: S2,
    verdict: 'useDti',
    answers: { dtiFails: 'Le mode DTI ne fonctionne pas non plus' },
    Body: () => (
      <p>
        Votre éditeur diagnostique une panne de son logiciel DTI+ : utilisez le mode DTI (saisie sur le portail douane)
        en attendant la résolution du problème.
      </p>
    ),
  },
  'gamma.resolved': {
    title: 'Problème résolu : pas de procédure de secours.',
    source: S2,
    verdict: 'notNeeded',
    answers: {},
    Body: () => (
      <p>Votre bureau de douane de rattachement a résolu le problème : la procédure de secours n’est pas utilisée.</p>
    ),
  },
  'gamma.alternative': {
    title: 'Appliquez la solution alternative proposée.',
    source: S2,
    verdict: 'alternative',
    answers: {},
    Body: () => <p>Le SAU ou le service gestionnaire vous propose une solution alternative : appliquez-la.</p>,
  },
  'gamma.backup': {
    title: 'La procédure de secours est autorisée : établissez un document papier.',
    source: `${S2} ; règlement délégué (UE) 2022/1636, art. 9 (annexe I modifiée par le règlement délégué (UE) 2026/50)`,
    verdict: 'allowed',
    action: 'Tenir le registre des documents de secours',
    answers: {},
    Body: BackupBody,
  },
};

function OfficeHelp({ path }: NodeProps) {
  const hardware = answerAt(path, 'gamma.access') === 'yes';
  // The editor or the provider finds nothing wrong: the logigramme has no branch for it (flows.md).
  const noFault = answerAt(path, 'gamma.editor') === 'no' || answerAt(path, 'gamma.provider') === 'no';
  return (
    <>
      {hardware && <p>{GAMMA_HARDWARE_FIRST}</p>}
      {noFault && <p className="note">{GAMMA_NO_FAULT}</p>}
      <p>Contactez votre bureau de douane de rattachement.</p>
      <p>
        S’il n’est pas joignable ou n’a pas de solution : appelez le SAU au <SauPhone /> et déposez une demande
        d’assistance via l’interface dédiée de votre espace <OfficialLink to="portal">douane.gouv.fr</OfficialLink>.
      </p>
      <p className="note">
        Information complémentaire (hors fiche) : le logigramme GAMMA 2 ne donne pas le numéro du SAU ; le numéro
        indiqué est celui du SAU du CID que donne la fiche DELTA. {contactsReadLine()}
      </p>
    </>
  );
}

function BackupBody({ path }: NodeProps) {
  const byAlert = answerAt(path, 'gamma.weather') === 'yes';
  return (
    <>
      <p className="case">
        {byAlert
          ? 'Un dysfonctionnement de GAMMA 2 est signalé sur la météo des services en ligne : pas besoin d’avertir le SAU au préalable, la procédure de secours est autorisée.'
          : 'Aucune solution alternative : le SAU ou le service gestionnaire autorise l’utilisation de la procédure de secours.'}
      </p>
      <h2>Vos quatre obligations</h2>
      <ol className="steps obligations">
        {GAMMA_OBLIGATIONS.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ol>
    </>
  );
}
