/**
 * Keyboard passage selection as pure steps over the article's sentences: from the span selected now
 * to the span to select next. Works on any selection, not only one made with these keys, so a word
 * picked with the mouse can be grown to its sentence's end with `]`.
 */
import type { ArticleSentence, SentenceSpan } from './sentence-split';

export type PassageAction = 'sentence' | 'extend' | 'shrink' | 'next' | 'previous' | 'paragraph';

// Array.prototype.findLast is ES2023; the renderer's lib is ES2022.
function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

/** Index of the sentence holding `offset`, or of the first one after it (-1 past the last). */
function sentenceIndexAt(sentences: readonly ArticleSentence[], offset: number): number {
  return sentences.findIndex((s) => s.end > offset);
}

/** The sentence at `offset` (or the next one after a gap between sentences), or null past the end. */
export function sentenceAt(sentences: readonly ArticleSentence[], offset: number): SentenceSpan | null {
  const s = sentences[sentenceIndexAt(sentences, offset)];
  return s ? { start: s.start, end: s.end } : null;
}

/**
 * Where `action` takes the selection `current`, or null when there is nowhere to go (the last
 * sentence has no next, a one-sentence selection does not shrink).
 */
export function stepPassage(sentences: readonly ArticleSentence[], current: SentenceSpan, action: PassageAction): SentenceSpan | null {
  switch (action) {
    case 'sentence':
      return sentenceAt(sentences, current.start);
    case 'extend': {
      // Mid-sentence (a mouse selection), to that sentence's end first; at an end, one more sentence.
      const next = sentences.find((s) => s.end > current.end);
      return next ? { start: current.start, end: next.end } : null;
    }
    case 'shrink': {
      const previous = findLast(sentences, (s) => s.end < current.end && s.end > current.start);
      return previous ? { start: current.start, end: previous.end } : null;
    }
    case 'next': {
      const next = sentences.find((s) => s.start >= current.end);
      return next ? { start: next.start, end: next.end } : null;
    }
    case 'previous': {
      const previous = findLast(sentences, (s) => s.end <= current.start);
      return previous ? { start: previous.start, end: previous.end } : null;
    }
    case 'paragraph': {
      const at = sentences[sentenceIndexAt(sentences, current.start)];
      if (!at) return null;
      const inBlock = sentences.filter((s) => s.block === at.block);
      return { start: inBlock[0]!.start, end: inBlock[inBlock.length - 1]!.end };
    }
  }
}

/** How many sentences a span touches (for telling the reader what is selected). */
export function countSentences(sentences: readonly ArticleSentence[], span: SentenceSpan): number {
  return sentences.filter((s) => s.end > span.start && s.start < span.end).length;
}
