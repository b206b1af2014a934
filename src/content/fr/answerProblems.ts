/** Help-desk mode: why an answer given on a page was not recorded (helpDesk/answering.ts). */
export const ANSWER_PROBLEM_TEXT = {
  notThisCall:
    'Mode assistance : cette page n’est pas une étape de l’appel en cours, votre réponse n’a pas été notée. Revenez à l’étape de l’appel en cours, ou reprenez l’appel de cette page, depuis le panneau « Mode assistance ».',
  noCall:
    'Mode assistance : aucun appel n’est en cours, votre réponse n’a pas été notée. Depuis le panneau « Mode assistance », reprenez l’appel de cette page s’il y en a un, ou commencez-en un.',
} as const;
