import type { Verdict } from './types';

/** Whether the backup procedure may be used, said plainly. */
export const VERDICT_TEXT: Record<Verdict, string> = {
  allowed: 'Procédure de secours : oui',
  notNeeded: 'Procédure de secours : non nécessaire',
  notAllowed: 'Procédure de secours : non',
  wait: 'Procédure de secours : attendez l’alerte',
  notCovered: 'Procédure de secours : hors du champ de la fiche',
};
