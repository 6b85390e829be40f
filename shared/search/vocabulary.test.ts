import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemWord } from './pipeline';
import { tokenizeWords } from './tokenize';
import { SEED_FILE } from './testing/seed-fixture';
import { couldStemFrom, isSurePrefix, Vocabulary } from './vocabulary';

// Words whose Porter stems rewrite their endings (y → i, -ational → -ate, -biliti → -ble, …).
const TRICKY = [
  'education', 'educated', 'happy', 'happiness', 'relational', 'conditional', 'probability', 'ability',
  'organization', 'generalizations', 'valency', 'hesitancy', 'sensitivity', 'agreed', 'hopeful', 'formalize',
  'electrical', 'adjustable', 'controlling', 'rational', 'governments', 'governmental', 'cries', 'ponies',
  'activities', 'decisiveness', 'operator', 'feudalism', 'iranians', 'militias', 'protesters', 'hopping', 'filing',
];

describe('couldStemFrom', () => {
  const seedWords = tokenizeWords(readFileSync(SEED_FILE, 'utf8')).map((w) => w.norm);
  const words = [...new Set([...seedWords, ...TRICKY])];

  it('holds for every prefix of every seed and tricky word: the prefix expansion never misses a stem', () => {
    for (const word of words) {
      for (let k = 2; k <= word.length; k++) {
        const prefix = word.slice(0, k);
        expect(couldStemFrom(stemWord(word), prefix), `${word} → ${stemWord(word)} for ${prefix}*`).toBe(true);
      }
    }
  });

  it('holds for random words built from Porter suffixes', () => {
    const suffixes = ['', 's', 'es', 'ies', 'ed', 'ing', 'y', 'ly', 'ational', 'tional', 'ency', 'ancy', 'izer', 'bly', 'ally',
      'ently', 'ely', 'ously', 'ization', 'ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'ality', 'ivity',
      'bility', 'logy', 'icate', 'ative', 'alize', 'icity', 'ical', 'ful', 'ness', 'ement', 'ment', 'ent', 'ion', 'ism',
      'able', 'ible', 'ant', 'ence', 'ance', 'er', 'ic', 'ize', 'ate', 'iti', 'ous', 'ive', 'll', 'e', 'at', 'bl', 'iz'];
    const word = fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.constantFrom(...suffixes), fc.constantFrom(...suffixes)).map(([a, b, c]) => a + b + c);
    fc.assert(
      fc.property(word, fc.integer({ min: 2, max: 20 }), (w, k) => {
        const prefix = w.slice(0, Math.min(k, w.length));
        expect(couldStemFrom(stemWord(w), prefix), `${w} → ${stemWord(w)} for ${prefix}*`).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});

describe('isSurePrefix', () => {
  it('holds only when every word with that stem starts with the prefix', () => {
    const words = [...new Set([...tokenizeWords(readFileSync(SEED_FILE, 'utf8')).map((w) => w.norm), ...TRICKY])];
    for (const word of words) {
      const stem = stemWord(word);
      for (let k = 1; k <= stem.length; k++) {
        const prefix = stem.slice(0, k);
        if (isSurePrefix(stem, prefix)) expect(word.startsWith(prefix), `${word} → ${stem}, ${prefix}*`).toBe(true);
      }
    }
    expect(isSurePrefix('happi', 'happi')).toBe(false);
    expect(isSurePrefix('iranian', 'iran')).toBe(true);
  });
});

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary(['educ', 'edg', 'govern', 'iran', 'iranian', 'happi', 'regim', 'zebra']);

  it('expands a prefix to stems that start with it (sure) and to stems it may have come from (unsure)', () => {
    expect(vocabulary.prefixCandidates('educat')).toEqual({ sure: [], unsure: ['educ'] });
    expect(vocabulary.prefixCandidates('iran')).toEqual({ sure: ['iranian'], unsure: ['iran'] });
    expect(vocabulary.prefixCandidates('ira')).toEqual({ sure: ['iranian'], unsure: ['iran'] });
    expect(vocabulary.prefixCandidates('ir')).toEqual({ sure: ['iran', 'iranian'], unsure: [] });
    expect(vocabulary.prefixCandidates('happy')).toEqual({ sure: [], unsure: ['happi'] });
    expect(vocabulary.prefixCandidates('governments')).toEqual({ sure: [], unsure: ['govern'] });
    expect(vocabulary.prefixCandidates('xy')).toEqual({ sure: [], unsure: [] });
  });

  it('finds terms within an edit distance', () => {
    expect(vocabulary.near('regime', 1)).toEqual(['regim']);
    expect(vocabulary.near('irn', 1)).toEqual(['iran']);
    expect(vocabulary.has('iran')).toBe(true);
    expect(vocabulary.size).toBe(8);
  });
});
