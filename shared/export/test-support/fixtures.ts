/** Test support: a small article from the seed document, with highlights and notes. */
import { articleText } from '../../model';
import type { Article, Highlight, HighlightColor, Note } from '../../model';

export const article: Article = {
  id: '000_8a7174939e31e350',
  title: 'How Iran’s regime failed to derail Iraq’s nationwide protests',
  byline: 'Analysis by PMOI/MEK',
  source: 'PMOI/MEK',
  kind: 'analysis',
  dateline: 'Iraq',
  published: '2020-01-21',
  sections: [
    {
      heading: null,
      paragraphs: [
        'Iraq, January 21, 2020—Since January 19, demonstrations against the corrupt ruling system in Iraq have taken a new leap.',
        'Protesters in Najaf also set fire to the headquarters of Kata’ib Hezbollah, an Iran-backed militia group.',
      ],
    },
    {
      heading: 'The Iranian regime’s goal to spoil the Iraqi uprising',
      paragraphs: ['First, it wanted to divert the protests toward the U.S., and second, it wanted to cause rifts among the protesters.'],
    },
  ],
  figures: [{ caption: 'Iraq protests', credit: 'AP' }],
  wordCount: 60,
  readingMinutes: 1,
  sourceFile: '000_8a7174939e31e350.txt',
  contentHash: '0123456789abcdef',
};

const text = articleText(article);
const T = '2024-03-01T10:00:00.000Z';

/** A highlight over the first occurrence of `exact` in the article's text. */
export function highlightOf(id: string, exact: string, color: HighlightColor, tags: string[] = []): Highlight {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`not in the fixture: ${exact}`);
  return {
    id,
    articleId: article.id,
    color,
    quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32) },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    contentHash: article.contentHash,
    tags,
    createdAt: T,
    updatedAt: T,
    revision: 1,
  };
}

export function noteOf(id: string, highlightId: string | null, body: string, tags: string[] = []): Note {
  return { id, articleId: article.id, highlightId, body, tags, createdAt: T, updatedAt: T, revision: 1 };
}

/** Made out of document order on purpose: the export must sort by position. */
export const highlights: Highlight[] = [
  highlightOf('hl_b2', 'First, it wanted to divert the protests toward the U.S.', 'blue', ['strategy']),
  highlightOf('hl_a1', 'demonstrations against the corrupt ruling system in Iraq have taken a new leap.\n\nProtesters in Najaf', 'yellow', ['Iraq protests', 'Iran']),
];

export const notes: Note[] = [
  noteOf('note_1', null, 'Read alongside the **December 27** attack coverage.', ['to read']),
  noteOf('note_2', 'hl_a1', 'Escalation after the *ultimatum* expired.\n\n- check dates', ['timeline']),
];
