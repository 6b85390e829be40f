import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseWord, tokenizeWords, wordNorms } from './tokenize';

describe('tokenizeWords', () => {
  it('finds words with offsets in the original text and their search forms', () => {
    const text = 'Kata’ib Hezbollah, al-Muhandis and “PMOI/MEK” in Café';
    const words = tokenizeWords(text, 100);
    expect(words.map((w) => w.norm)).toEqual(['kataib', 'hezbollah', 'al', 'muhandis', 'and', 'pmoi', 'mek', 'in', 'cafe']);
    expect(words.map((w) => text.slice(w.start - 100, w.end - 100))).toEqual([
      'Kata’ib', 'Hezbollah', 'al', 'Muhandis', 'and', 'PMOI', 'MEK', 'in', 'Café',
    ]);
  });

  it('does not start or end a word with an apostrophe', () => {
    expect(tokenizeWords("'quoted' Iran's").map((w) => w.norm)).toEqual(['quoted', 'irans']);
  });

  it('drops combining marks that foldChars keeps (decomposed accents)', () => {
    expect(tokenizeWords('Cafe\u0301 Sista\u0301ni').map((w) => w.norm)).toEqual(['cafe', 'sistani']);
  });

  it('agrees with normaliseWord on every word of any text (the index and the matcher see the same words)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        for (const w of tokenizeWords(text)) expect(normaliseWord(text.slice(w.start, w.end))).toBe(w.norm);
      }),
      { numRuns: 500 },
    );
  });
});

describe('words in scripts written without spaces', () => {
  it('segments Chinese, Japanese and Thai into words, keeping offsets', () => {
    const text = '市图书馆周一宣布阅览室将重新开放';
    const words = tokenizeWords(text);
    expect(words.length).toBeGreaterThan(3);
    expect(words.map((w) => text.slice(w.start, w.end)).join('')).toBe(text);
    expect(words.map((w) => w.norm)).toEqual(expect.arrayContaining(['周一', '宣布']));
    expect(wordNorms('東京は日本の首都です')).toContain('東京');
    expect(wordNorms('ภาษาไทยง่ายนิดเดียว').length).toBeGreaterThan(1);
  });

  it('leaves spaced scripts as they were', () => {
    expect(wordNorms('Iran’s al-Muhandis')).toEqual(['irans', 'al', 'muhandis']);
  });
});
