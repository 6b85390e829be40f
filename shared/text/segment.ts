/**
 * Words in scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar). A regular
 * expression sees a whole run of such text as one "word", so a Chinese word inside a sentence could
 * never be found; Intl.Segmenter (ICU's dictionary segmentation, in Node, Chromium and workers alike)
 * cuts the run into words. Used by the one tokeniser that indexing and querying share.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let segmenter: Intl.Segmenter | null = null;

/** True when `text` has characters of a script written without spaces between words. */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED.test(text);
}

/** The words of a run of text as [start, end) offsets within it; only word-like segments. */
export function segmentWords(text: string): { start: number; end: number }[] {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const words: { start: number; end: number }[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) words.push({ start: s.index, end: s.index + s.segment.length });
  return words;
}
