import { describe, expect, it } from 'vitest';
import { buildCompactIndex } from '../build-index';
import { makeArticle } from '../testing/make-article';
import { decodeForms, loadCompactIndex } from './compact-index';
import { FORM_WHOLE } from './layout';

const articles = [
  makeArticle('a', { title: 'Governments govern', sections: [{ paragraphs: ['The government governed happily; happy governors.'] }] }),
  makeArticle('b', { title: 'Economy', sections: [{ paragraphs: ['Economic economies, an economist’s economy.'] }] }),
];

describe('the compact index file', () => {
  it('reads back its front-coded dictionary and the words written against each term', () => {
    const loaded = loadCompactIndex(buildCompactIndex(articles));
    if (!loaded.ok) throw new Error(loaded.problem);
    const vocabulary = loaded.value.vocabulary;
    for (const t of ['govern', 'governor', 'happi', 'economi', 'econom', 'economist']) expect(vocabulary.has(t), t).toBe(true);
    // Every word of "govern" starts with "govern"; "happi" stood for "happy" ("happily" is "happili").
    expect(vocabulary.prefixMatches('happy').sure).toEqual(['happi']);
    expect(vocabulary.prefixMatches('governm').unsure).toEqual(['govern']);
    expect(loaded.value.docsWith('govern', null)).toEqual(Int32Array.from([0]));
    expect(loaded.value.positions('govern', 'body', 0)).toEqual(Int32Array.from([1, 2]));
    expect(loaded.value.positions('happi', 'body', 0)).toEqual(Int32Array.from([4]));
  });

  it('decodes forms that drop letters from the term or are written whole', () => {
    expect(decodeForms('happi', '\u000cy\u000bly')).toEqual(['happy', 'happily']);
    expect(decodeForms('abc', `${String.fromCharCode(FORM_WHOLE)}xyz\u000b`)).toEqual(['xyz', 'abc']);
  });

  it('refuses an index of an earlier version with a message to rebuild', () => {
    const bytes = buildCompactIndex(articles);
    const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
    const header = new TextDecoder().decode(bytes.subarray(8, 8 + length));
    bytes.set(new TextEncoder().encode(header.replace('"version":2', '"version":1')), 8);
    const loaded = loadCompactIndex(bytes);
    expect(loaded).toEqual({ ok: false, problem: expect.stringMatching(/version 1; this version of Gloss reads gloss-compact-index version 2\. Rebuild the library/) });
  });
});
