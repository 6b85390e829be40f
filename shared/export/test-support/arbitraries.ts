/**
 * Test support: fast-check generators for author text and for valid annotation records.
 * Used only by *.test.ts files.
 */
import fc from 'fast-check';
import { HIGHLIGHT_COLORS, normaliseTagName, noteOwnerKey, tagKey } from '../../model';
import type { Highlight, Note, ReadingState, Tag } from '../../model';

/** Pieces that Markdown (or Obsidian) would turn into markup if written raw. */
const NASTY = [
  '*', '**', '_', '__', '#', '# ', '>', '> ', '-', '- ', '+ ', '1. ', '2) ', '`', '```', '~~~', '~', '~~',
  '[', ']', '](', '(', ')', '[a](b)', '![i](x)', '[[w]]', '<', '>', '<b>', '</b>', '<!-- c -->',
  '<http://x.y>', '|', '---', '===', '=', '==', '\\', '\\\\', '&', '&amp;', '&#35;', '&#x20;', '&copy;',
  '&nbsp;', 'AT&T', '$', '$x$', '%', '%%', '^', ' ^id', '!', ':', '::', '{', '}', '"', "'", '“', '’',
  ' ', '  ', '    ', '\t', '\u00a0', '\u2003', '\u3000', '\n', '\n\n', '\n\n\n', '\r', '\r\n', '\f',
  'a', 'b', 'word', 'Kata’ib', '2020', '1', '.', ',', 'é', 'ß', '🙂', 'ع',
];

const OUT_OF_SCOPE = new Set([...Array(0x20).keys()].filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d));

/** Random strings heavy in Markdown syntax, whitespace and newlines, plus arbitrary Unicode. */
export const authorText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))
  // Out of the escaper's scope (see escape-markdown.ts): NUL and C0 controls other than \t \n \f \r.
  .map((s) => [...s].filter((ch) => !OUT_OF_SCOPE.has(ch.charCodeAt(0))).join(''));

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

// Built once: fc.stringMatching compiles its regex on construction, and chain() would rebuild it per run.
const idBody = fc.stringMatching(/^[a-z0-9]{6,20}$/);
const hex16 = fc.stringMatching(/^[0-9a-f]{16}$/);
const id = (prefix: string) => idBody.map((s) => `${prefix}_${s}`);
// Names as the store holds them: already normalised by the one tag rule (shared/model/tag.ts).
const tagName = fc.oneof(
  fc.constantFrom('Iran', 'protests', 'to read', 'Kata’ib', '2020', 'C++', 'Café'),
  fc
    .string({ minLength: 1, maxLength: 12 })
    .map((s) => normaliseTagName(s))
    .filter((r) => r.ok)
    .map((r) => (r.ok ? r.value : '')),
);

export const highlightArb = (articleIds: string[]): fc.Arbitrary<Highlight> =>
  fc
    .record({
      id: id('hl'),
      articleId: fc.constantFrom(...articleIds),
      color: fc.constantFrom(...HIGHLIGHT_COLORS),
      exact: fc.string({ minLength: 1, maxLength: 80 }),
      prefix: fc.string({ maxLength: 32 }),
      suffix: fc.string({ maxLength: 32 }),
      start: fc.nat({ max: 100_000 }),
      contentHash: hex16,
      tags: fc.array(tagName, { maxLength: 4 }),
      createdAt: isoDate,
      updatedAt: isoDate,
      revision: fc.integer({ min: 1, max: 50 }),
    })
    .map((r) => ({
      id: r.id,
      articleId: r.articleId,
      color: r.color,
      quote: { type: 'TextQuoteSelector' as const, exact: r.exact, prefix: r.prefix, suffix: r.suffix },
      position: { type: 'TextPositionSelector' as const, start: r.start, end: r.start + r.exact.length },
      contentHash: r.contentHash,
      tags: r.tags,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      revision: r.revision,
    }));

export const noteArb = (articleIds: string[], highlights: Highlight[]): fc.Arbitrary<Note> =>
  fc
    .record({
      id: id('note'),
      target: highlights.length > 0 ? fc.option(fc.constantFrom(...highlights), { nil: null }) : fc.constant(null),
      articleId: fc.constantFrom(...articleIds),
      body: fc.string({ maxLength: 200 }),
      tags: fc.array(tagName, { maxLength: 3 }),
      createdAt: isoDate,
      updatedAt: isoDate,
      revision: fc.integer({ min: 1, max: 50 }),
    })
    .map((r) => ({
      id: r.id,
      articleId: r.target ? r.target.articleId : r.articleId,
      highlightId: r.target ? r.target.id : null,
      body: r.body,
      tags: r.tags,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      revision: r.revision,
    }));

export const tagArb: fc.Arbitrary<Tag> = fc.record({ name: tagName, createdAt: isoDate });

export const readingStateArb = (articleIds: string[]): fc.Arbitrary<ReadingState> =>
  fc.record({
    articleId: fc.constantFrom(...articleIds),
    scrollFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    updatedAt: isoDate,
  });

export interface Records {
  articles: { id: string; contentHash: string }[];
  highlights: Highlight[];
  notes: Note[];
  tags: Tag[];
  readingStates: ReadingState[];
}

/** A consistent set of records as a database would hold them: unique keys, notes on existing highlights. */
export const recordsArb: fc.Arbitrary<Records> = fc
  .uniqueArray(fc.stringMatching(/^[a-z0-9]{4,12}$/), { minLength: 1, maxLength: 4 })
  .chain((articleIds) =>
    fc
      .uniqueArray(highlightArb(articleIds), { maxLength: 8, selector: (h) => h.id })
      .chain((highlights) =>
        fc.record({
          articles: fc.constant(articleIds.map((a) => ({ id: a, contentHash: a.padEnd(16, '0').slice(0, 16) }))),
          highlights: fc.constant(highlights),
          // One note per highlight or article, as the store keeps them (notes-repo; plan-restore).
          notes: fc
            .uniqueArray(noteArb(articleIds, highlights), { maxLength: 8, selector: (n) => n.id })
            .map((notes) => [...new Map(notes.map((n) => [noteOwnerKey(n), n])).values()]),
          tags: fc.uniqueArray(tagArb, { maxLength: 6, selector: (t) => tagKey(t.name) }),
          // One per article by construction: uniqueArray over few possible keys retries for a long time.
          readingStates: fc.subarray(articleIds).chain((ids) => fc.tuple(...ids.map((a) => readingStateArb([a])))),
        }),
      ),
  );
