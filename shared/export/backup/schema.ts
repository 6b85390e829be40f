/**
 * What a version-1 backup must hold, record by record. Every record is validated fully so that a
 * restore writes nothing the app cannot read back. zod checks the shape; the value rules are
 * shared/model's (record-rules.ts, tag.ts), the very ones the database enforces, so a backup that
 * parses is one the store accepts. Cross-record rules (unique keys, notes pointing at highlights)
 * are in backupSchema's superRefine.
 */
import { z } from 'zod';
import {
  coversText,
  fitsNoteBody,
  HIGHLIGHT_COLORS,
  isHighlightColor,
  isIsoDateTime,
  isOffset,
  isQuoteText,
  isRecordId,
  isScrollFraction,
  normaliseTagName,
  tagKey,
} from '../../model';
import type { HighlightColor, Highlight, Note, ReadingState, Tag } from '../../model';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupArticle, type BackupV1 } from './format';

const isoDateTime = z.custom<string>(isIsoDateTime, { error: 'expected an ISO date-time like 2024-03-01T10:00:00.000Z' });
const id = z.string().refine(isRecordId, { error: 'must not be empty' });
// The database's own rule (shared/model/tag.ts), so a backup that parses is one the store accepts.
// Checked, not transformed: a restore writes tag names exactly as they were saved.
const tagName = z.string().superRefine((s, ctx) => {
  const name = normaliseTagName(s);
  if (!name.ok) ctx.addIssue({ code: 'custom', message: name.error });
});
// isOffset, worded in two steps: a fraction and a negative number are different mistakes.
const offset = z
  .number()
  .refine(Number.isInteger, { error: 'expected a whole number', abort: true })
  .refine(isOffset, { error: 'must not be negative', abort: true });

export const highlightSchema: z.ZodType<Highlight> = z.object({
  id,
  articleId: id,
  color: z.custom<HighlightColor>(isHighlightColor, { error: `expected one of ${HIGHLIGHT_COLORS.join(', ')}` }),
  quote: z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().refine(isQuoteText, { error: 'must not be empty' }),
    prefix: z.string(),
    suffix: z.string(),
  }),
  // An empty highlight marks nothing (coversText, the store's rule too).
  position: z
    .object({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
    .refine(coversText, { error: 'must be after position.start (a highlight covers some text)', path: ['end'] }),
  contentHash: z.string(),
  tags: z.array(tagName),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const noteSchema: z.ZodType<Note> = z.object({
  id,
  articleId: id,
  highlightId: id.nullable(),
  body: z.string().refine(fitsNoteBody, { error: 'is too long (the limit is 1 MB of text)' }),
  tags: z.array(tagName),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const tagSchema: z.ZodType<Tag> = z.object({ name: tagName, createdAt: isoDateTime });

export const readingStateSchema: z.ZodType<ReadingState> = z.object({
  articleId: id,
  scrollFraction: z.number().refine(isScrollFraction, { error: 'expected a number from 0 to 1' }),
  updatedAt: isoDateTime,
});

const articleSchema: z.ZodType<BackupArticle> = z.object({ id, contentHash: z.string() });

/** Reports a second record with the same key at its own path, naming where the first one is. */
function checkUnique<T>(ctx: z.RefinementCtx, list: T[], field: string, key: (t: T) => string, keyName: string) {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else ctx.addIssue({ code: 'custom', path: [field, i, keyName], message: `duplicate ${keyName} ${JSON.stringify(k)} (also at ${field}[${first}])` });
  });
}

export const backupSchema: z.ZodType<BackupV1> = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: isoDateTime,
    articles: z.array(articleSchema),
    highlights: z.array(highlightSchema),
    notes: z.array(noteSchema),
    tags: z.array(tagSchema),
    readingStates: z.array(readingStateSchema),
  })
  .superRefine((b, ctx) => {
    checkUnique(ctx, b.articles, 'articles', (a) => a.id, 'id');
    checkUnique(ctx, b.highlights, 'highlights', (h) => h.id, 'id');
    checkUnique(ctx, b.notes, 'notes', (n) => n.id, 'id');
    checkUnique(ctx, b.tags, 'tags', (t) => tagKey(t.name), 'name');
    checkUnique(ctx, b.readingStates, 'readingStates', (r) => r.articleId, 'articleId');
    const highlightIds = new Set(b.highlights.map((h) => h.id));
    b.notes.forEach((n, i) => {
      if (n.highlightId !== null && !highlightIds.has(n.highlightId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['notes', i, 'highlightId'],
          message: `refers to highlight ${JSON.stringify(n.highlightId)}, which is not in the backup`,
        });
      }
    });
  });
