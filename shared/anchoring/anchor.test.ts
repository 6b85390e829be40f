import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../corpus';
import { articleText } from '../model';
import { anchor, type AnchorResult } from './anchor';
import { describeRange } from './describe-range';

const SEED = '000_8a7174939e31e350.txt';

function seedText(): string {
  const parsed = parseSource(SEED, readFileSync(new URL(`../../resources/corpus/${SEED}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return articleText(parsed.value);
}

const text = seedText();

/** The offset of a passage that must occur exactly once in the text. */
function only(haystack: string, passage: string): number {
  const at = haystack.indexOf(passage);
  expect(at, `"${passage}" not found`).toBeGreaterThanOrEqual(0);
  expect(haystack.indexOf(passage, at + 1), `"${passage}" occurs twice`).toBe(-1);
  return at;
}

function occurrences(haystack: string, phrase: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(phrase); i !== -1; i = haystack.indexOf(phrase, i + 1)) out.push(i);
  return out;
}

const splice = (s: string, at: number, remove: number, insert = '') => s.slice(0, at) + insert + s.slice(at + remove);

/** The text an anchor points at, or null for an orphan. */
const covered = (t: string, r: AnchorResult) => (r.status === 'orphan' ? null : t.slice(r.start, r.end));

const PASSAGE = 'Sadr’s most significant measure in this regard is the call for an anti-American protest on the coming Friday.';
const NEW_PARAGRAPH =
  'Update, January 22: the regime’s proxies answered with more violence, and the protesters of Nasiriya ' +
  'said the Iranian regime would not divide them.';

describe('anchor on the seed article', () => {
  const start = only(text, PASSAGE);
  const sel = describeRange(text, start, start + PASSAGE.length);
  const paragraphStart = text.lastIndexOf('\n\n', start) + 2;

  it('is exact on unchanged text', () => {
    expect(anchor(text, sel)).toEqual({ status: 'exact', start, end: start + PASSAGE.length });
  });

  it('moves with the passage when a paragraph is inserted before it', () => {
    const inserted = NEW_PARAGRAPH + '\n\n';
    const edited = splice(text, paragraphStart, 0, inserted);
    const result = anchor(edited, sel);
    expect(result).toEqual({ status: 'moved', start: start + inserted.length, end: start + inserted.length + PASSAGE.length });
    expect(covered(edited, result)).toBe(PASSAGE);
  });

  it('follows the passage fuzzily when one word inside it changes', () => {
    const reworded = PASSAGE.replace('significant', 'important');
    const edited = splice(text, start, PASSAGE.length, reworded);
    const result = anchor(edited, sel);
    expect(result.status).toBe('fuzzy');
    expect(covered(edited, result)).toBe(reworded);
  });

  it('follows an edited passage that also moved', () => {
    const reworded = PASSAGE.replace('the coming Friday', 'Friday');
    const edited = splice(splice(text, start, PASSAGE.length, reworded), 0, 0, NEW_PARAGRAPH + '\n\n');
    expect(covered(edited, anchor(edited, sel))).toBe(reworded);
  });

  it('orphans a highlight whose passage was deleted', () => {
    const edited = splice(text, start, PASSAGE.length + 1);
    expect(edited).not.toContain('Sadr’s most significant');
    expect(anchor(edited, sel)).toEqual({ status: 'orphan' });
  });

  it('keeps to the original when the passage is duplicated before it', () => {
    const earlier = only(text, 'In Baghdad, they resisted');
    const edited = splice(text, earlier, 0, PASSAGE + ' ');
    const result = anchor(edited, sel);
    const shift = PASSAGE.length + 1;
    expect(result).toEqual({ status: 'moved', start: start + shift, end: start + shift + PASSAGE.length });
  });

  it('keeps to the original when the passage is duplicated after it', () => {
    const later = only(text, 'In a statement, Ayatollah');
    const edited = splice(text, later, 0, PASSAGE + ' ');
    expect(anchor(edited, sel)).toEqual({ status: 'exact', start, end: start + PASSAGE.length });
  });

  it('picks the nearer copy when a duplicate has the very same context, even after moving', () => {
    // 40 characters either side: the copy's prefix and suffix equal the original's.
    const block = text.slice(start - 40, start + PASSAGE.length + 40);
    const inserted = NEW_PARAGRAPH + '\n\n';
    const edited = splice(text + '\n\n' + block, 0, 0, inserted);
    expect(occurrences(edited, PASSAGE)).toHaveLength(2);
    expect(anchor(edited, sel)).toMatchObject({ status: 'moved', start: start + inserted.length });
  });

  it('orphans an empty quote and survives a nonsense position', () => {
    expect(anchor(text, describeRange(text, 10, 10))).toEqual({ status: 'orphan' });
    const badPosition = { ...sel, position: { type: 'TextPositionSelector' as const, start: Number.NaN, end: 1e9 } };
    expect(anchor(text, badPosition)).toMatchObject({ status: 'moved', start });
  });
});

describe('repeated phrases on the seed article', () => {
  const headingStart = only(text, 'The reason for the Iranian regime’s defeat in Iraq');
  const atStart = NEW_PARAGRAPH + '\n\n';
  const inMiddle = 'In Karbala, the protesters said the regime had lost, and the Iranian regime knew it.\n\n';
  // A paragraph at the top and one before the last heading, both full of the same phrases.
  const edited = splice(splice(text, headingStart, 0, inMiddle), 0, 0, atStart);
  const newOffset = (old: number) => old + atStart.length + (old >= headingStart ? inMiddle.length : 0);

  for (const phrase of ['the protesters', 'the Iranian regime', 'the regime']) {
    it(`anchors every "${phrase}" to its own occurrence after paragraphs are inserted`, () => {
      const olds = occurrences(text, phrase);
      expect(olds.length).toBeGreaterThanOrEqual(4);
      expect(occurrences(edited, phrase).length).toBeGreaterThan(olds.length);
      for (const old of olds) {
        const result = anchor(edited, describeRange(text, old, old + phrase.length));
        expect(result, `occurrence at ${old}`).toEqual({ status: 'moved', start: newOffset(old), end: newOffset(old) + phrase.length });
      }
    });
  }

  it('anchors every occurrence exactly on unchanged text', () => {
    for (const old of occurrences(text, 'the regime')) {
      expect(anchor(text, describeRange(text, old, old + 10))).toEqual({ status: 'exact', start: old, end: old + 10 });
    }
  });

  it('finds a short phrase edited in place although verbatim copies remain elsewhere', () => {
    const olds = occurrences(text, 'the regime');
    const target = olds[3]!;
    const changed = splice(text, target, 'the regime'.length, 'the Regime');
    const result = anchor(changed, describeRange(text, target, target + 10));
    expect(result).toEqual({ status: 'fuzzy', start: target, end: target + 10 });
  });

  it('orphans a short phrase whose sentence was deleted instead of jumping to another occurrence', () => {
    const sentence = 'The other goal the regime pursued was to exhaust and intimidate the protesters';
    const at = only(text, sentence);
    const phraseAt = at + sentence.indexOf('the regime');
    const sel = describeRange(text, phraseAt, phraseAt + 10);
    const sentenceEnd = text.indexOf('. ', at) + 2;
    const changed = splice(text, at, sentenceEnd - at);
    expect(occurrences(changed, 'the regime').length).toBeGreaterThan(3);
    expect(anchor(changed, sel)).toEqual({ status: 'orphan' });
  });
});

describe('a quote of about 5,000 characters', () => {
  const start = 100;
  const end = Math.min(text.length - 100, start + 5000);
  const sel = describeRange(text, start, end);
  const quote = sel.quote.exact;
  const middle = start + Math.floor(quote.length / 2);
  const wordAt = text.indexOf(' ', middle) + 1;
  const word = text.slice(wordAt, text.indexOf(' ', wordAt));

  it('is long enough to matter', () => {
    expect(quote.length).toBeGreaterThanOrEqual(5000);
  });

  it('moves when a paragraph is inserted before it', () => {
    const edited = NEW_PARAGRAPH + '\n\n' + text;
    expect(anchor(edited, sel)).toEqual({ status: 'moved', start: start + NEW_PARAGRAPH.length + 2, end: end + NEW_PARAGRAPH.length + 2 });
  });

  it('follows it fuzzily after a word inside changes and text is inserted before it', () => {
    const inner = splice(text, wordAt, word.length, 'REPLACED');
    const edited = NEW_PARAGRAPH + '\n\n' + inner;
    const result = anchor(edited, sel);
    expect(result.status).toBe('fuzzy');
    const shift = NEW_PARAGRAPH.length + 2;
    expect(covered(edited, result)).toBe(inner.slice(start, end - word.length + 'REPLACED'.length));
    expect(result).toMatchObject({ start: start + shift });
  });

  it('follows it after 300 characters inside are rewritten (more than a short-quote budget)', () => {
    const rewritten = 'x'.repeat(300);
    const edited = splice(text, middle, 300, rewritten);
    const result = anchor(edited, sel);
    expect(result).toEqual({ status: 'fuzzy', start, end });
  });

  it('orphans it when most of it is deleted', () => {
    const edited = splice(text, start + 500, 4000);
    expect(anchor(edited, sel)).toEqual({ status: 'orphan' });
  });
});
