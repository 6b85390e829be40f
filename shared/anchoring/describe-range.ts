import type { TextPositionSelector, TextQuoteSelector } from '../model';

/** The selectors a highlight stores: what it said and where it was, over articleText(). */
export interface TextSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** W3C Web Annotation's recommended context length, and what Hypothesis stores. */
export const CONTEXT_LENGTH = 32;

/**
 * Selectors for text[start, end). Throws a RangeError on bad offsets: they come from our own code
 * (a DOM range mapped onto articleText), so a bad one is a bug to surface, not user input to forgive.
 */
export function describeRange(text: string, start: number, end: number): TextSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`describeRange: offsets must be integers, got start=${start}, end=${end}`);
  }
  if (start > end) {
    throw new RangeError(`describeRange: start (${start}) is after end (${end})`);
  }
  if (start < 0 || end > text.length) {
    throw new RangeError(`describeRange: [${start}, ${end}) is outside the text (length ${text.length})`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
