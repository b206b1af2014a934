import type { Verdict } from './types';

/** Whether the backup procedure may be used, said plainly. */
export const VERDICT_TEXT: Record<Verdict, string> = {
  allowed: 'Procédure de secours : oui',
  selfTrigger: 'Procédure de secours : à auto-déclencher (DA, puis bureau informé)',
  notNeeded: 'Procédure de secours : non nécessaire',
  notAllowed: 'Procédure de secours : non',
  wait: 'Procédure de secours : attendez l’alerte',
  notCovered: 'Procédure de secours : hors du champ de la fiche',
  alternative:
    'Procédure de secours : non autorisée par le SAU ou le service gestionnaire, qui propose une solution alternative',
  useDti: 'Procédure de secours : d’abord le mode DTI, en attendant la résolution du problème',
};
