import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article';
import { articleText } from '../model/article-text';
import { hash64 } from '../text/hash';
import { parseSource } from './parse-source';

// The rules are proven on the real seed document, exactly as received.
const SEED_FILE = '000_8a7174939e31e350.txt';
const seedText = readFileSync(fileURLToPath(new URL(`../../resources/corpus/${SEED_FILE}`, import.meta.url)), 'utf8');

function seed(): Article {
  const result = parseSource(SEED_FILE, seedText);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('the seed document', () => {
  const article = seed();
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);

  it('drops the "728 x 90" ad-size line', () => {
    expect(seedText).toContain('728 x 90');
    expect(article.title).not.toContain('728');
    expect(articleText(article)).not.toContain('728 x 90');
  });

  it('takes the first real line as the title', () => {
    expect(article.title).toBe('How Iran’s regime failed to derail Iraq’s nationwide protests');
  });

  it('turns the repeated caption into one figure with its credit', () => {
    expect(article.figures).toEqual([{ caption: 'Iraq protests', credit: 'AP' }]);
    expect(articleText(article)).not.toContain('Iraq protests (Credit');
  });

  it('reads the byline, kind and source', () => {
    expect(article.byline).toBe('Analysis by PMOI/MEK');
    expect(article.kind).toBe('analysis');
    expect(article.source).toBe('PMOI/MEK');
  });

  it('reads the dateline and date but keeps the paragraph exactly as written', () => {
    expect(article.dateline).toBe('Iraq');
    expect(article.published).toBe('2020-01-21');
    expect(paragraphs[0]).toMatch(/^Iraq, January 21, 2020—Since January 19, demonstrations against the corrupt ruling system/);
  });

  it('finds the two section headings after an untitled opening section', () => {
    expect(article.sections.map((s) => s.heading)).toEqual([
      null,
      'The Iranian regime’s goal to spoil the Iraqi uprising',
      'The reason for the Iranian regime’s defeat in Iraq',
    ]);
    expect(article.sections.map((s) => s.paragraphs.length)).toEqual([3, 8, 2]);
  });

  it('keeps every paragraph line of the source, character for character', () => {
    const sourceLines = seedText.split('\n').map((l) => l.trim()).filter((l) => l.length > 120);
    expect(paragraphs).toEqual(sourceLines);
    expect(paragraphs.join('\n')).toContain('“If the U.S. is a fever, the Iranian regime is cancer!”');
    expect(paragraphs.join('\n')).toContain('There’s no doubt');
  });

  it('counts words and reading time at about 230 words a minute', () => {
    const words = articleText(article).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(Math.abs(article.wordCount - words)).toBeLessThanOrEqual(5);
    expect(article.wordCount).toBeGreaterThan(800);
    expect(article.readingMinutes).toBe(Math.round(article.wordCount / 230));
  });

  it('has an id from the path and a hash of the readable text', () => {
    expect(article.sourceFile).toBe(SEED_FILE);
    expect(article.id).toMatch(/^000-8a7174939e31e350-[0-9a-f]{8}$/);
    expect(article.contentHash).toBe(hash64(articleText(article)));
  });

  it('keeps the id when the text is edited, and changes the content hash', () => {
    const edited = parseSource(SEED_FILE, seedText.replace('Since January 19', 'Since 19 January'));
    expect(edited.ok && edited.value.id).toBe(article.id);
    expect(edited.ok && edited.value.contentHash).not.toBe(article.contentHash);
  });

  it('parses the same with Windows line endings', () => {
    const crlf = parseSource(SEED_FILE, seedText.replace(/\n/g, '\r\n'));
    expect(crlf).toEqual({ ok: true, value: article });
  });
});
