import type { Article } from '../model/article';
import { articleText } from '../model/article-text';

/**
 * The measure issue 9 sets for HTML extraction: token F1 of the article's text against the
 * hand-marked main text, plus whether the title, byline and date are the ones the page states.
 * Kept out of the test file so the bench and the test report the same figures.
 */
export interface ExpectedPage {
  title: string;
  /** Every name the page states as its author(s); null when it states none. */
  byline: string[] | null;
  /** ISO date the page states; null when it states none. */
  published: string | null;
  /** The main text, block by block (paragraphs, headings, list items, quotes). */
  text: string[];
}

export interface PageScore {
  precision: number;
  recall: number;
  f1: number;
  titleRight: boolean;
  /** null when the page states no byline (then `bylineInvented` is what counts). */
  bylineFound: boolean | null;
  bylineInvented: boolean;
  dateFound: boolean | null;
  dateInvented: boolean;
}

// Scripts written without spaces count one token per character, so a Chinese page is scored too.
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{N}]+/gu;

export function tokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
}

export function tokenF1(got: string, want: string): { precision: number; recall: number; f1: number } {
  const counts = new Map<string, number>();
  const wanted = tokens(want);
  for (const t of wanted) counts.set(t, (counts.get(t) ?? 0) + 1);
  const gotTokens = tokens(got);
  let overlap = 0;
  for (const t of gotTokens) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  const precision = gotTokens.length === 0 ? 0 : overlap / gotTokens.length;
  const recall = wanted.length === 0 ? 0 : overlap / wanted.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

const same = (a: string, b: string) => a.normalize('NFKC').replace(/\s+/g, ' ').trim() === b.normalize('NFKC').replace(/\s+/g, ' ').trim();

export function scorePage(article: Article | null, expected: ExpectedPage): PageScore {
  if (article === null) {
    return { precision: 0, recall: 0, f1: 0, titleRight: false, bylineFound: expected.byline ? false : null, bylineInvented: false, dateFound: expected.published ? false : null, dateInvented: false };
  }
  const byline = (article.byline ?? '').toLowerCase();
  return {
    ...tokenF1(articleText({ sections: article.sections }), expected.text.join('\n\n')),
    titleRight: same(article.title, expected.title),
    bylineFound: expected.byline ? byline !== '' && expected.byline.every((name) => byline.includes(name.toLowerCase())) : null,
    bylineInvented: expected.byline === null && article.byline !== null,
    dateFound: expected.published ? article.published === expected.published : null,
    dateInvented: expected.published === null && article.published !== null,
  };
}

export interface QualitySummary {
  pages: number;
  meanF1: number;
  meanPrecision: number;
  meanRecall: number;
  titlesRight: number;
  bylinesStated: number;
  bylinesFound: number;
  bylinesInvented: number;
  datesStated: number;
  datesFound: number;
  datesInvented: number;
}

export function summarise(scores: readonly PageScore[]): QualitySummary {
  const mean = (f: (s: PageScore) => number) => scores.reduce((n, s) => n + f(s), 0) / Math.max(1, scores.length);
  const count = (f: (s: PageScore) => boolean) => scores.filter(f).length;
  return {
    pages: scores.length,
    meanF1: mean((s) => s.f1),
    meanPrecision: mean((s) => s.precision),
    meanRecall: mean((s) => s.recall),
    titlesRight: count((s) => s.titleRight),
    bylinesStated: count((s) => s.bylineFound !== null),
    bylinesFound: count((s) => s.bylineFound === true),
    bylinesInvented: count((s) => s.bylineInvented),
    datesStated: count((s) => s.dateFound !== null),
    datesFound: count((s) => s.dateFound === true),
    datesInvented: count((s) => s.dateInvented),
  };
}
