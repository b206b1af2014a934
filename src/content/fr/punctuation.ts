/** Punctuation around quotations, as the administration writes it. */

/** The full stop after a quotation that ends a sentence, unless it ends with its own (« …la résolution. », « …vous ? »). */
export const fullStop = (quoted: string) => (/[.?!…]$/.test(quoted) ? '' : '.');
