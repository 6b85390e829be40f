import type { Figure } from '../model/article';

// "Iraq protests (Credit: AP)", "… (Photo: Reuters)", "… (Image credit: AFP/Getty)".
const CREDIT = /^(.*?)\s*\(\s*(?:(?:photo|image|picture)\s+)?(?:credit|credits|photo|image|source|courtesy)\s*:\s*([^()]+?)\s*\)\s*$/i;

/** Splits a caption into its text and the credit it names, if any. */
export function parseCaption(text: string): Figure {
  const match = CREDIT.exec(text);
  if (match && match[2]) return { caption: match[1] ?? '', credit: match[2] };
  return { caption: text, credit: null };
}

/** True when a line reads as a caption with a credit in parentheses, rather than prose. */
export function hasCredit(text: string): boolean {
  return CREDIT.test(text) && text.length <= 200;
}
