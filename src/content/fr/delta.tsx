/**
 * DELTA flow: French texts per node. Question texts, answer labels and outcome titles are verbatim from
 * shared/docs/flows.md; bodies follow the fiche DELTA (S1) and add no obligation of their own.
 */
import { answerAt, selfTriggerCase, type SelfTriggerCase } from '../../flows/rules';
import { contactsReadLine } from './contactsRead';
import { AUBETTE_IMPORT_NOTE, DELTA_IE_NOTE } from './notes';
import { OfficialLink, SauMail, SauPhone } from '../links';
import type { DeltaNodeId, NodeProps, ContentOf } from '../types';

const S1 = 'fiche DELTA';

/** The online service as a DA names it (flows.md, second round): one name for Delta G's two ways. */
const DA_SERVICE_NAME = {
  g1: 'Delta G',
  g2: 'Delta G',
  xi: 'Delta X Import',
  xe: 'Delta X Export',
  h7: 'Delta H7',
} as const;

/** S1’s first instruction (« !! … !! »): before the first question and wherever the user is sent to a backup procedure (audit 11). */
export const CONSULT_FICHE_ALERTE =
  'La fiche DELTA le demande avant tout : « Consultez préalablement la fiche alerte pour le déclenchement de la procédure de secours ».';

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
    Lead: () => (
      <>
        <p>{CONSULT_FICHE_ALERTE}</p>
        <p className="note">
          Information complémentaire (hors fiche) : cette autre fiche de la douane décrit la procédure de secours
          elle-même.
        </p>
      </>
    ),
    Help: () => (
      <>
        <p>
          La fiche concerne les opérations de dédouanement en Delta G (un temps ou deux temps), Delta X Import, Delta X
          Export et Delta H7.
        </p>
        <DeltaIeNote />
      </>
    ),
  },
  'delta.mode': {
    title: 'Quel mode de transmission utilisez-vous ?',
    source: `${S1}, étape 1`,
    answers: {
      dti: 'DTI (saisie sur le portail douane.gouv.fr)',
      edi: 'EDI (via un prestataire de connexion)',
    },
    Help: () => <p>Une alerte ne vous concerne que si elle vise votre mode de transmission.</p>,
  },
  'delta.alert': {
    title: 'Une alerte est-elle publiée sur la météo des services en ligne ?',
    source: `${S1}, étape 1`,
    answers: {
      yes: 'Oui, une alerte est publiée',
      no: 'Non, aucune alerte',
    },
    Help: () => (
      <>
        <p>
          Consultez la <OfficialLink to="meteo">météo des services en ligne</OfficialLink>, ou appelez le SAU du CID au{' '}
          <SauPhone /> et tapez 1 pour consulter les alertes.
        </p>
        <p>Rappels de la fiche DELTA :</p>
        <ul>
          <li>
            La publication d’une alerte sur la météo informatique ne peut être effectuée que par le Centre informatique
            douanier (CID).
          </li>
          <li>Le CID prend la décision du passage en alerte en fonction de la nature du dysfonctionnement constaté.</li>
          <li>
            Les opérateurs économiques ont en revanche la possibilité d’auto-déclencher la procédure de secours. Cette
            possibilité est de droit dès que vous remplissez les conditions fixées. Elle n’est pas conditionnée à
            l’autorisation du bureau de douane.
          </li>
        </ul>
      </>
    ),
  },
  'delta.alertMatch': {
    title: 'Le message d’alerte correspond-il à votre situation ?',
    source: `${S1}, étape 1`,
    answers: {
      yes: 'Oui : même service, même mode, mêmes dysfonctionnements',
      no: 'Non, ma situation est différente',
    },
    Help: () => (
      <>
        <p>Le message d’alerte correspond à votre situation si les trois conditions sont réunies :</p>
        <ul>
          <li>il concerne le service en ligne que vous utilisez ;</li>
          <li>il concerne votre mode de transmission (DTI et/ou EDI) ;</li>
          <li>les dysfonctionnements décrits sont identiques à ceux que vous constatez.</li>
        </ul>
      </>
    ),
  },
  'delta.provider': {
    title: 'Votre prestataire de connexion confirme-t-il que le dysfonctionnement vient de sa plateforme ?',
    source: `${S1}, étape 2 (utilisateurs EDI)`,
    answers: {
      yes: 'Oui, sa plateforme est en cause',
      no: 'Non, sa plateforme fonctionne',
    },
    Help: () => (
      <p>
        Contactez votre prestataire de connexion afin de vérifier si le dysfonctionnement provient de sa plateforme de
        transmission.
      </p>
    ),
  },
  'delta.symptom': {
    title: 'Que constatez-vous ?',
    source: `${S1}, étapes 2 et 3`,
    answers: {
      cannotValidate: 'Je n’arrive pas à valider mes déclarations (anticipées ou non)',
      noBae: 'Mes déclarations validées n’obtiennent pas le BAE',
    },
    Help: () => (
      <p>
        Information complémentaire (hors fiche) : le BAE (bon à enlever) est l’état d’une déclaration dont les
        marchandises peuvent être enlevées.
      </p>
    ),
  },
  'delta.aubette': {
    title: 'Dans Aubette, quel est l’état de votre déclaration ?',
    source: `${S1}, étape 2 (vérifier que le blocage est technique)`,
    answers: {
      bae: 'Elle est à l’état BAE',
      other: 'Elle n’a pas obtenu le BAE',
      unreachable: 'Je n’ai pas pu accéder à Aubette',
    },
    Help: AubetteHelp,
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
    Help: () => (
      <p>
        Pendant les heures d’ouverture des bureaux ou de présence du service, vous pouvez vous renseigner auprès du
        service, afin de vérifier si la déclaration n’est pas à l’état « sous contrôle », « crédit en attente » ou
        « paiement comptant ».
      </p>
    ),
  },

  'delta.followAlert': {
    title: 'Appliquez la procédure de secours annoncée par l’alerte.',
    source: `${S1}, étape 1 et étape 6`,
    verdict: 'allowed',
    answers: {},
    Body: () => (
      <>
        <p className="note">{CONSULT_FICHE_ALERTE}</p>
        <p>L’alerte publiée par le SAU du CID correspond à votre situation.</p>
        <ol className="steps">
          <li>Reportez-vous à la procédure de secours qui vous concerne.</li>
          <li>
            Tenez-vous informé régulièrement des bulletins d’information périodiques (BIP) émis par le Service
            d’assistance aux utilisateurs (SAU) et consultables dans la{' '}
            <OfficialLink to="meteo">météo des services en ligne</OfficialLink>.
          </li>
          <li>
            Lorsqu’un message de fin d’alerte est publié, assurez-vous qu’il vous concerne et appliquez les consignes
            indiquées dans le bulletin d’information.
          </li>
        </ol>
      </>
    ),
  },
  'delta.providerIncident': {
    title: 'Incident chez votre prestataire : attendez l’alerte du CID.',
    source: `${S1}, étape 2 (utilisateurs EDI) et étape 6`,
    verdict: 'wait',
    answers: {},
    Body: () => (
      <>
        <p className="note">{CONSULT_FICHE_ALERTE}</p>
        <p>Le dysfonctionnement provient de la plateforme de transmission de votre prestataire de connexion.</p>
        <ol className="steps">
          <li>Attendez que votre prestataire signale le dysfonctionnement au CID.</li>
          <li>
            Consultez le message d’alerte publié par le SAU, relayé par votre prestataire, puis reportez-vous à la
            procédure de secours qui vous concerne. Le SAU publie ses alertes dans la{' '}
            <OfficialLink to="meteo">météo des services en ligne</OfficialLink> (fiche DELTA, étape 1).
          </li>
          <li>Suivez régulièrement les bulletins d’information relayés par votre prestataire.</li>
          <li>
            Une fois l’alerte publiée, la fiche (étape 6) précise : « L’alerte a été déclenchée par le SAU : vous devez
            suivre régulièrement les bulletins d’information émis par celui-ci. »
          </li>
          <li>
            Lorsqu’un message de fin d’alerte est publié, assurez-vous qu’il vous concerne et appliquez les consignes
            indiquées dans le bulletin d’information.
          </li>
        </ol>
      </>
    ),
  },
  'delta.noBackupNeeded': {
    title: 'Votre déclaration a le BAE : la procédure de secours n’est pas nécessaire.',
    source: `${S1}, étape 2 (vérifier que le blocage est technique)`,
    verdict: 'notNeeded',
    answers: {},
    Body: () => (
      <p>
        Aubette indique que votre déclaration est à l’état « BAE » : le passage en procédure de secours n’est pas
        nécessaire. Information complémentaire (hors fiche) : le BAE (bon à enlever) est l’état d’une déclaration dont
        les marchandises peuvent être enlevées.
      </p>
    ),
  },
  'delta.notTechnical': {
    title: 'Le blocage n’est pas technique : voyez avec votre bureau de douane.',
    source: `${S1}, étapes 2 et 3`,
    verdict: 'notAllowed',
    answers: {},
    Body: () => (
      <p>
        Votre déclaration est « sous contrôle », « crédit en attente » ou « paiement comptant » : elle n’entre dans
        aucun des deux cas où la fiche permet d’auto-déclencher la procédure de secours (étape 3). Conseil de l’outil :
        voyez avec votre bureau de douane la suite à donner à votre déclaration.
      </p>
    ),
  },
  'delta.notCovered': {
    title: 'Cette fiche ne couvre pas ce service.',
    source: `${S1}, champ d’application`,
    verdict: 'notCovered',
    answers: {},
    Body: () => (
      <>
        <p>
          La fiche DELTA concerne Delta G (un temps ou deux temps), Delta X Import, Delta X Export et Delta H7
          seulement.
        </p>
        <p>
          Conseil de l’outil : contactez le SAU du CID par téléphone au <SauPhone /> ou par courriel à <SauMail />.
        </p>
        <p className="note">{contactsReadLine()}</p>
        <DeltaIeNote />
      </>
    ),
  },
  'delta.selfTrigger': {
    title: 'Vous pouvez auto-déclencher la procédure de secours.',
    source: `${S1}, étapes 3 à 6`,
    verdict: 'selfTrigger',
    action: 'Préparer la demande d’assistance et suivre l’incident',
    answers: {},
    Body: SelfTriggerBody,
  },
};

function AubetteHelp({ path }: NodeProps) {
  const service = answerAt(path, 'delta.service');
  return (
    <>
      <p>
        Quel que soit votre mode de transmission, le service en ligne{' '}
        <OfficialLink to="aubette">Aubette (consultation d’une déclaration à l’export)</OfficialLink>, accessible depuis
        l’espace « services accessibles » du portail douane.gouv.fr, permet de consulter l’état de votre déclaration.
      </p>
      {service !== 'xe' && <p className="note">{AUBETTE_IMPORT_NOTE}</p>}
    </>
  );
}

const CASE_TEXT: Record<SelfTriggerCase, string> = {
  cannotValidate:
    'Cas 1 de la fiche : « lorsque vous n’arrivez pas à valider les déclarations (anticipées ou non) ». Conseil de l’outil (hors fiche) : l’étape « Vérifier que le blocage est technique » de la fiche (Aubette, puis le service des douanes) porte sur l’état d’une déclaration validée ; vos déclarations n’étant pas validées, l’outil ne vous l’a donc pas proposée.',
  noBae:
    'Cas 2 de la fiche : « lorsque les déclarations validées n’ont pas obtenu l’état « BAE » sans pour autant avoir le statut « sous contrôle », « crédit en attente » ou « paiement au comptant » ». La fiche en conclut, à l’étape 2 : « Si votre déclaration n’est dans aucun de ces états, le blocage de votre déclaration est technique et par conséquent, le dysfonctionnement de votre système privatif est confirmé. »',
  noBaeUnverified:
    'Conseil de l’outil (hors fiche) : vos déclarations validées n’ont pas obtenu le BAE, et le service des douanes n’était pas joignable. L’outil n’a donc pas pu vérifier qu’elles ne sont ni « sous contrôle », ni « crédit en attente », ni « paiement comptant » ; or le cas 2 de la fiche exige qu’elles ne soient dans aucun de ces états. La fiche permet d’auto-déclencher la procédure de secours 24 heures sur 24 – 7 jours sur 7, et demande, en dehors des heures d’ouverture du bureau, après avoir déposé la demande d’assistance, d’appeler le SAU du CID, « afin que l’équipe technique d’astreinte puisse effectuer à distance les vérifications nécessaires pour identifier l’origine du dysfonctionnement et permettre sa résolution dans les meilleurs délais ». Vérifiez aussi l’état de la déclaration auprès du bureau dès son ouverture.',
};

const RIGHT =
  'Cette possibilité est de droit dès que vous remplissez les conditions fixées ; elle n’est pas conditionnée à l’autorisation du bureau de douane.';
const RIGHT_UNVERIFIED =
  'Fiche DELTA : « Cette possibilité est de droit dès que vous remplissez les conditions fixées. Elle n’est pas conditionnée à l’autorisation du bureau de douane. » Conseil de l’outil : l’une de ces conditions (la déclaration n’est dans aucun des trois états) n’a pas pu être vérifiée.';

function SelfTriggerBody({ path }: NodeProps) {
  const kind = selfTriggerCase(path);
  const service = answerAt(path, 'delta.service');
  return (
    <>
      <p className="note">{CONSULT_FICHE_ALERTE}</p>
      {kind && <p className="case">{CASE_TEXT[kind]}</p>}
      <p>{kind === 'noBaeUnverified' ? RIGHT_UNVERIFIED : RIGHT}</p>
      <h2>La procédure, pas à pas</h2>
      <ol className="steps">
        <li>Vous pouvez déclencher la procédure de secours 24 heures sur 24 – 7 jours sur 7.</li>
        <li>
          Déposez une demande d’assistance (DA) sur <OfficialLink to="olga">OLGA</OfficialLink>
          {service && service !== 'other' ? ` pour le service en ligne ${DA_SERVICE_NAME[service]}` : ''}. « Si vous
          dédouanez au moyen de plusieurs services en ligne, vous devez déposer une demande d’assistance pour chacun
          d’entre eux. » Mentionnez « auto-déclenchement de la procédure de secours » et indiquez : votre numéro EORI,
          votre raison sociale, votre adresse, votre numéro de téléphone, le service en ligne, la date et l’heure de
          passage en alerte, et les raisons de l’auto-déclenchement.
        </li>
        <li>
          Informez le bureau de douane du déclenchement de la procédure de secours en lui transférant le courriel
          automatique accusant réception de la DA.
        </li>
        <li>
          L’heure d’enregistrement de la DA sur douane.gouv.fr est celle retenue pour le début de la procédure de
          secours. La demande est unique pour l’ensemble des déclarations concernées par la procédure de secours.
        </li>
        <li>
          Dès l’enregistrement de la DA sur douane.gouv.fr et l’information du bureau de douane (les deux conditions
          sont cumulatives), vous pouvez recourir à la procédure de secours.
        </li>
        <li>
          En dehors des heures d’ouverture du bureau, après avoir déposé la demande d’assistance, appelez le SAU du CID
          (<SauPhone />
          ), afin que l’équipe technique d’astreinte puisse effectuer à distance les vérifications nécessaires pour
          identifier l’origine du dysfonctionnement et permettre sa résolution dans les meilleurs délais.
        </li>
        <li>
          Fin d’alerte : lorsque le dysfonctionnement de votre système privatif est résolu, vous devez contacter le SAU
          du CID par courriel au <SauMail subject="Clôture de la demande d’assistance" /> ou par téléphone au{' '}
          <SauPhone />, pour qu’il puisse clore la demande d’assistance (DA), et vous devez également informer votre
          bureau de douane.
        </li>
      </ol>
      <p className="note">{contactsReadLine()}</p>
    </>
  );
}

/** DELTA IE, which the fiche does not cover: our information, dated (flows.md, third round). */
function DeltaIeNote() {
  return (
    <>
      <p className="note">{DELTA_IE_NOTE}</p>
      <p className="note">
        Conseil de l’outil : pour DELTA IE, contactez le SAU du CID et consultez la{' '}
        <OfficialLink to="meteo">météo des services en ligne</OfficialLink>.
      </p>
    </>
  );
}
