import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scorePage, summarise, type ExpectedPage, type PageScore } from './extraction-quality';
import { parseSource } from './parse-source';

// Saved pages assembled to mimic real sites (see fixtures/pages/README.md), each with its main
// text, title, byline and date marked by hand in the .expected.json beside it.
const DIR = fileURLToPath(new URL('./fixtures/pages/', import.meta.url));
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();

const scores: { page: string; score: PageScore }[] = pages.map((page) => {
  const expected = JSON.parse(readFileSync(DIR + page.replace(/\.html$/, '.expected.json'), 'utf8')) as ExpectedPage;
  const result = parseSource(page, readFileSync(DIR + page, 'utf8'));
  return { page, score: scorePage(result.ok ? result.value : null, expected) };
});
const summary = summarise(scores.map((s) => s.score));

describe('article extraction on saved pages', () => {
  it('has at least 25 hand-marked pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
  });

  it('reports the figures', () => {
    const rows = scores.map(({ page, score: s }) => `${page.padEnd(32)} F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  title ${s.titleRight ? 'ok' : 'WRONG'}  byline ${s.bylineFound === null ? (s.bylineInvented ? 'INVENTED' : '-') : s.bylineFound ? 'ok' : 'MISSED'}  date ${s.dateFound === null ? (s.dateInvented ? 'INVENTED' : '-') : s.dateFound ? 'ok' : 'MISSED'}`);
    console.log(`${rows.join('\n')}\n${JSON.stringify(summary)}`);
    expect(summary.pages).toBe(pages.length);
  });

  it('scores a mean token F1 of at least 0.95 against the main text', () => {
    expect(summary.meanF1).toBeGreaterThanOrEqual(0.95);
  });

  it('gets every title right', () => {
    expect(scores.filter((s) => !s.score.titleRight).map((s) => s.page)).toEqual([]);
  });

  it('finds every stated byline and date', () => {
    expect(scores.filter((s) => s.score.bylineFound === false).map((s) => s.page)).toEqual([]);
    expect(scores.filter((s) => s.score.dateFound === false).map((s) => s.page)).toEqual([]);
  });

  it('invents no byline or date where the page states none', () => {
    expect(scores.filter((s) => s.score.bylineInvented || s.score.dateInvented).map((s) => s.page)).toEqual([]);
  });
});
