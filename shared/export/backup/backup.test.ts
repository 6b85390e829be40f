import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';
import { backupFileName, createBackup, serializeBackup } from './create-backup';
import { parseBackup } from './parse-backup';
import { recordsArb } from '../test-support/arbitraries';
import { highlights, notes } from '../test-support/fixtures';
import type { Result } from '../../model';

const exportedAt = '2024-03-02T09:30:00.000Z';
const sample = createBackup({
  highlights,
  notes,
  tags: [{ name: 'Iran', createdAt: exportedAt }],
  readingStates: [{ articleId: highlights[0]!.articleId, scrollFraction: 0.4, updatedAt: exportedAt }],
  articles: [{ id: highlights[0]!.articleId, contentHash: '0123456789abcdef' }],
  exportedAt,
});

const errorOf = (r: Result<Backup, string>): string => {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

type Edit = (json: Record<string, unknown>) => void;

/** The object at a dotted path ("highlights.1.quote") of parsed JSON. */
const at = (json: unknown, keys: string[]) => keys.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], json) as Record<string, unknown>;
const set = (path: string, value: unknown): Edit => (json) => {
  const keys = path.split('.');
  at(json, keys.slice(0, -1))[keys.at(-1)!] = value;
};
const del = (path: string): Edit => (json) => {
  const keys = path.split('.');
  delete at(json, keys.slice(0, -1))[keys.at(-1)!];
};

/** The sample backup as plain JSON, changed by the edits, back to text. */
function edited(...edits: Edit[]): string {
  const json = JSON.parse(serializeBackup(sample)) as Record<string, unknown>;
  for (const edit of edits) edit(json);
  return JSON.stringify(json);
}

describe('createBackup / serializeBackup / parseBackup', () => {
  it('names its format and version first', () => {
    expect(serializeBackup(sample).startsWith(`{\n  "format": "${BACKUP_FORMAT}",\n  "version": ${BACKUP_VERSION},`)).toBe(true);
    expect(backupFileName(exportedAt)).toBe('gloss-backup-2024-03-02.json');
  });

  it('round-trips any valid records exactly', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const backup = createBackup({ ...records, exportedAt });
        const back = parseBackup(serializeBackup(backup));
        expect(back).toEqual({ ok: true, value: backup });
        const sortById = <T extends { id: string }>(l: T[]) => [...l].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(sortById(backup.highlights)).toEqual(sortById(records.highlights));
        expect(sortById(backup.notes)).toEqual(sortById(records.notes));
        expect(backup.tags).toHaveLength(records.tags.length);
        expect(backup.readingStates).toHaveLength(records.readingStates.length);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same file for the same data in any order', () => {
    const again = createBackup({ highlights: [...highlights].reverse(), notes: [...notes].reverse(), tags: sample.tags, readingStates: sample.readingStates, articles: sample.articles, exportedAt });
    expect(serializeBackup(again)).toBe(serializeBackup(sample));
  });

  it('keeps a note whose highlight is gone as an article note, so the backup stays restorable', () => {
    const b = createBackup({ ...sample, highlights: [], exportedAt });
    expect(b.notes.map((n) => n.highlightId)).toEqual([null, null]);
    expect(parseBackup(serializeBackup(b)).ok).toBe(true);
  });

  it('drops fields the model does not have', () => {
    const withExtra = { ...highlights[0]!, anchorStatus: 'exact' };
    const b = createBackup({ ...sample, highlights: [withExtra], notes: [], exportedAt });
    expect(Object.keys(b.highlights[0]!)).not.toContain('anchorStatus');
  });
});

describe('older formats', () => {
  it('reads a frozen version-1 file as revision 1 with no tombstones, and plans its restore', () => {
    const v1 = readFileSync(join(__dirname, 'fixtures', 'backup-v1.json'), 'utf8');
    const parsed = parseBackup(v1);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.version).toBe(BACKUP_VERSION);
    expect(parsed.value.tombstones).toEqual([]);
    expect(parsed.value.highlights.map((h) => h.revision)).toEqual([1, 1]);
    expect(parsed.value.notes.map((n) => [n.id, n.revision])).toEqual([['note_1', 1], ['note_2', 1]]);
    // Written again, it is a version-2 file with the same records.
    expect(parseBackup(serializeBackup(parsed.value))).toEqual(parsed);
  });

  it('writes tombstones, leaving out any for a record that is live again', () => {
    const t = (id: string) => ({ id, kind: 'note' as const, revision: 3, deletedAt: exportedAt });
    const b = createBackup({ ...sample, tombstones: [t('note_gone'), t('note_1')], exportedAt });
    expect(b.tombstones).toEqual([t('note_gone')]);
    expect(parseBackup(serializeBackup(b))).toEqual({ ok: true, value: b });
  });
});

describe('parseBackup refusals', () => {
  it.each([
    ['empty file', '', 'The backup file is empty.'],
    ['whitespace only', ' \n\t', 'The backup file is empty.'],
  ])('%s', (_n, text, message) => expect(errorOf(parseBackup(text))).toBe(message));

  it('truncated JSON', () => {
    const text = serializeBackup(sample);
    expect(errorOf(parseBackup(text.slice(0, text.length / 2)))).toMatch(/^The backup file is not valid JSON \(it may be truncated\): .+/);
    // A file that is not JSON at all gets a plain sentence, not a parser's "Unexpected token" (issue 12).
    expect(errorOf(parseBackup('# My notes\n\nSome Markdown'))).toBe(
      'This file is not a Gloss backup: a backup is the JSON file that “Back up” writes (gloss-backup-….json), and this one is not JSON.',
    );
  });

  it.each([
    ['another app', '{"name":"my-app","version":"1.0.0"}'],
    ['an array', '[1,2,3]'],
    ['a number', '42'],
    ['a wrong format name', '{"format":"zotero-backup","version":1}'],
  ])('JSON of %s', (_n, text) => expect(errorOf(parseBackup(text))).toBe('This file is not a Gloss backup: it has no "format": "gloss-backup" field.'));

  it('a future version', () => {
    expect(errorOf(parseBackup(edited(set('version', 3))))).toBe(
      'This backup was made by a newer Gloss (format 3); this version reads formats 1 to 2. Update Gloss to restore it.',
    );
  });

  it('a missing version', () => {
    expect(errorOf(parseBackup(edited(del('version'))))).toBe('This Gloss backup has no valid format version (expected 1 to 2).');
  });

  it.each([
    ['a wrong type', set('highlights.1.quote.exact', 42), 'highlights[1].quote.exact: expected string, received number'],
    ['a missing field', del('notes.0.body'), 'notes[0].body: missing (expected string)'],
    ['an unknown colour', set('highlights.0.color', 'orange'), 'highlights[0].color: expected one of yellow, green, blue, pink, purple'],
    ['a bad date', set('tags.0.createdAt', 'yesterday'), 'tags[0].createdAt: expected an ISO date-time like 2024-03-01T10:00:00.000Z'],
    ['start after end', set('highlights.0.position.start', 10_000), 'highlights[0].position.end: must be after position.start (a highlight covers some text)'],
    ['an empty highlight', (json) => [set('highlights.0.position.start', 7), set('highlights.0.position.end', 7)].forEach((e) => e(json)), 'highlights[0].position.end: must be after position.start (a highlight covers some text)'],
    ['an over-long tag', set('highlights.0.tags', ['ok', 'x'.repeat(65)]), `highlights[0].tags[1]: The tag "${'x'.repeat(20)}…" is too long (at most 64 characters).`],
    ['an over-long tag name', set('tags.0.name', 'y'.repeat(65)), `tags[0].name: The tag "${'y'.repeat(20)}…" is too long (at most 64 characters).`],
    ['a blank tag', set('notes.0.tags', [' \t ']), 'notes[0].tags[0]: A tag cannot be empty.'],
    ['a fractional offset', set('highlights.0.position.end', 1.5), 'highlights[0].position.end: expected a whole number'],
    ['scroll out of range', set('readingStates.0.scrollFraction', 1.5), 'readingStates[0].scrollFraction: expected a number from 0 to 1'],
    ['a dangling note', set('notes.1.highlightId', 'hl_nope'), 'notes[1].highlightId: refers to highlight "hl_nope", which is not in the backup'],
    ['a duplicate id', set('highlights.1.id', 'hl_a1'), 'highlights[1].id: duplicate id "hl_a1" (also at highlights[0])'],
    ['a duplicate tag', set('tags.1', { name: 'IRAN', createdAt: exportedAt }), 'tags[1].name: duplicate name "iran" (also at tags[0])'],
    ['a duplicate tag by the tag rule', set('tags.1', { name: 'ÎRÁN', createdAt: exportedAt }), 'tags[1].name: duplicate name "iran" (also at tags[0])'],
    ['a missing list', del('notes'), 'notes: missing (expected array)'],
    ['a path for an id', set('readingStates.0.articleId', '../../etc/passwd'), 'readingStates[0].articleId: must be 1 to 128 letters, digits, "-" or "_"'],
    ['markup for an id', set('notes.0.id', '<img src=x onerror=alert(1)>'), 'notes[0].id: must be 1 to 128 letters, digits, "-" or "_"'],
    ['an over-long id', set('articles.0.id', 'a'.repeat(129)), 'articles[0].id: must be 1 to 128 letters, digits, "-" or "_"'],
    ['a NUL in an id', set('highlights.0.articleId', 'art\u0000icle'), 'highlights[0].articleId: must be 1 to 128 letters, digits, "-" or "_"'],
    ['a bidi override in a tag', set('tags.0.name', 'Iran\u202e'), 'tags[0].name: A tag cannot contain an invisible control or text-direction character (U+202E): it would make one tag look like another.'],
    ['a NUL in a tag', set('notes.0.tags', ['a\u0000b']), 'notes[0].tags[0]: A tag cannot contain an invisible control or text-direction character (U+0000): it would make one tag look like another.'],
    ['a zero revision', set('notes.0.revision', 0), 'notes[0].revision: must be 1 or more'],
    ['a tombstone of an unknown kind', set('tombstones', [{ id: 'x', kind: 'tag', revision: 1, deletedAt: exportedAt }]), 'tombstones[0].kind: expected highlight or note'],
  ])('%s names the field', (_n, edit: Edit, detail) => {
    expect(errorOf(parseBackup(edited(edit)))).toBe(`The backup has invalid records, so nothing was restored: ${detail}`);
  });

  it('lists the first three problems and counts the rest', () => {
    const text = edited(set('highlights.0.createdAt', 0), set('highlights.1.createdAt', 0), set('notes.0.createdAt', 0), set('notes.1.createdAt', 0));
    expect(errorOf(parseBackup(text))).toBe(
      'The backup has invalid records, so nothing was restored: ' +
        'highlights[0].createdAt: expected an ISO date-time like 2024-03-01T10:00:00.000Z; ' +
        'highlights[1].createdAt: expected an ISO date-time like 2024-03-01T10:00:00.000Z; ' +
        'notes[0].createdAt: expected an ISO date-time like 2024-03-01T10:00:00.000Z (and 1 more problem)',
    );
  });

  it('accepts a byte-order mark and ignores unknown extra fields', () => {
    const r = parseBackup(`\uFEFF${edited(set('highlights.0.futureField', true))}`);
    expect(r).toEqual({ ok: true, value: sample });
  });
});
