/**
 * GAMMA 2 flow, its components: the help texts of its questions and the bodies of its outcomes, loaded with
 * the flow (see lazyParts.ts). They follow le logigramme GAMMA 2 (S2) and add no obligation of their own; where they add
 * advice of ours, they say so.
 */
import { answerAt } from '../../flows/rules';
import { OfficialLink, SauPhone } from '../links';
import type { GammaNodeId, NodeProps, PartsOf } from '../types';
import { GAMMA_OBLIGATIONS } from './gammaObligations';

function OfficeHelp({ path }: NodeProps) {
  const hardware = answerAt(path, 'gamma.access') === 'yes';
  return (
    <>
      {hardware && <p>Faites d’abord le nécessaire pour résoudre votre problème d’accès à internet ou de matériel.</p>}
      <p>Contactez votre bureau de douane de rattachement.</p>
      <p>
        S’il n’est pas joignable ou n’a pas de solution : appelez le SAU au <SauPhone /> et déposez une demande
        d’assistance via l’interface dédiée de votre espace <OfficialLink to="portal">douane.gouv.fr</OfficialLink>.
      </p>
    </>
  );
}

export const parts: PartsOf<GammaNodeId> = {
  'gamma.access': {
    Help: () => <p>Par exemple : poste en panne, réseau local coupé, pas de connexion à internet.</p>,
  },
  'gamma.weather': {
    Help: () => (
      <p>
        Consultez la <OfficialLink to="meteo">météo des services en ligne</OfficialLink> (sur douane.gouv.fr : services
        et aide / état opérationnel des services en ligne).
      </p>
    ),
  },
  'gamma.editor': {
    Help: () => <p>Contactez votre éditeur de logiciel DTI+.</p>,
  },
  'gamma.provider': {
    Help: () => (
      <p>Contactez votre prestataire. S’il connaît des problèmes techniques, il prend attache auprès du SAU.</p>
    ),
  },
  'gamma.office': {
    Help: OfficeHelp,
  },
  'gamma.authorisation': {
    Help: () => (
      <p>
        Sans solution alternative, le SAU ou le service gestionnaire autorise l’utilisation de la procédure de secours.
        Vous noterez qui l’a autorisée et quand à l’étape suivante.
      </p>
    ),
  },
  'gamma.useDti': {
    Body: () => (
      <p>
        Votre éditeur diagnostique une panne de son logiciel DTI+ : utilisez le mode DTI (saisie sur le portail douane)
        en attendant la résolution du problème.
      </p>
    ),
  },
  'gamma.resolved': {
    Body: () => (
      <p>
        Votre bureau de douane de rattachement a résolu le problème : reprenez vos opérations dans GAMMA 2. La procédure
        de secours n’est pas utilisée.
      </p>
    ),
  },
  'gamma.alternative': {
    Body: () => (
      <p>
        Le SAU ou le service gestionnaire vous propose une solution alternative : appliquez-la. La procédure de secours
        n’est pas autorisée tant qu’une solution alternative existe.
      </p>
    ),
  },
  'gamma.backup': {
    Body: BackupBody,
  },
};

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
