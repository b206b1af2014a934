/** The French wording of a refused time, for every form that asks for one (the rules give codes: lib/time.ts). */
import type { TimeProblem } from '../../lib/time';

const TIME_PROBLEM_TEXT: Record<TimeProblem, string> = {
  missing: 'Indiquez la date et l’heure (heure de Paris).',
  invalid:
    'Cette date ou cette heure n’existe pas : indiquez une date et une heure réelles, par exemple le 24/11/2026 à 09:15 (heure de Paris).',
  future: 'Cette heure est dans le futur : indiquez l’heure à laquelle c’est arrivé (heure de Paris).',
};

export const timeProblemText = (problem: TimeProblem): string => TIME_PROBLEM_TEXT[problem];
