/** A count with its noun, singular or plural as French has it (« 0 étape », « 1 étape », « 2 étapes »). */
const rules = new Intl.PluralRules('fr-FR');

export function count(n: number, forms: { readonly one: string; readonly other: string }): string {
  return `${n} ${rules.select(n) === 'one' ? forms.one : forms.other}`;
}

/** The singular or the plural form alone, for a count said elsewhere. */
export const form = (n: number, forms: { readonly one: string; readonly other: string }) =>
  rules.select(n) === 'one' ? forms.one : forms.other;

/** A label after « : », as French writes it: its first letter in lower case (« Delta G : procédure… »). */
export const lowerFirst = (text: string) =>
  // An acronym (« DA », « SAU ») keeps its capitals.
  /^\p{Lu}{2}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
