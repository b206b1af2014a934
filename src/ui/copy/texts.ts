/** What « Copier » says (src/ui/CopyButton.tsx): loaded with the pages that copy, not with every page. */
export const COPY_TEXT = {
  copied: 'Copié.',
  /** The name of the box a text refused by the browser is shown in. */
  toCopy: 'Texte à copier',
  copyFailed:
    'Copie impossible : le texte est sélectionné ci-dessous ; copiez-le à la main (Ctrl+C, ⌘+C sur Mac, ou appui long puis « Copier » sur un téléphone).',
} as const;
