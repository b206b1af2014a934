import { selfTriggerCase, type AnsweredNode } from '../flows/rules';
import type { Verdict } from './types';

/** Whether the backup procedure may be used, said plainly. */
export const VERDICT_TEXT: Record<Verdict, string> = {
  allowed: 'Procédure de secours : oui',
  selfTrigger: 'Procédure de secours : à auto-déclencher (DA, puis bureau informé)',
  notNeeded: 'Procédure de secours : non nécessaire',
  notAllowed: 'Procédure de secours : pas d’auto-déclenchement (aucun des deux cas de la fiche)',
  wait: 'Procédure de secours : attendez l’alerte',
  notCovered: 'Procédure de secours : hors du champ de la fiche',
  alternative:
    'Procédure de secours : non autorisée par le SAU ou le service gestionnaire, qui propose une solution alternative',
  useDti: 'Procédure de secours : d’abord le mode DTI, en attendant la résolution du problème',
};

/** An outcome's verdict for the answers that led there: the self-trigger says when case 2 could not be checked. */
export const verdictText = (verdict: Verdict, path: readonly AnsweredNode[]): string =>
  verdict === 'selfTrigger' && selfTriggerCase(path) === 'noBaeUnverified'
    ? `${VERDICT_TEXT.selfTrigger} – état de la déclaration non vérifié`
    : VERDICT_TEXT[verdict];
