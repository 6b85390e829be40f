import { tagKey, type Highlight, type Note, type ReadingState, type Tag } from '../../model';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupArticle, type RecordBundle, type BackupV1 } from './format';

export interface CreateBackupInput extends RecordBundle {
  articles: BackupArticle[];
  exportedAt: string;
}

const byKey = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Keeps one record per key: the one `prefer` picks (the first seen by default). */
function uniqueBy<T>(list: T[], key: (t: T) => string, prefer: (kept: T, next: T) => boolean = () => false): T[] {
  const out = new Map<string, T>();
  for (const item of list) {
    const k = key(item);
    const kept = out.get(k);
    if (kept === undefined || prefer(kept, item)) out.set(k, item);
  }
  return [...out.values()].sort(byKey(key));
}

// Copy only the model's fields: the stored rows may carry extras (cached anchor status, Dexie keys).
const pickHighlight = (h: Highlight): Highlight => ({
  id: h.id,
  articleId: h.articleId,
  color: h.color,
  quote: { type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix },
  position: { type: 'TextPositionSelector', start: h.position.start, end: h.position.end },
  contentHash: h.contentHash,
  tags: [...h.tags],
  createdAt: h.createdAt,
  updatedAt: h.updatedAt,
});

const pickNote = (n: Note, highlightIds: Set<string>): Note => ({
  id: n.id,
  articleId: n.articleId,
  // A note whose highlight no longer exists has nothing to point at; it is kept as an article note
  // so the backup stays restorable (parseBackup refuses dangling references).
  highlightId: n.highlightId !== null && highlightIds.has(n.highlightId) ? n.highlightId : null,
  body: n.body,
  tags: [...n.tags],
  createdAt: n.createdAt,
  updatedAt: n.updatedAt,
});

/**
 * A version-1 backup of the given records. Records are sorted by key so the same data always gives
 * the same file (diff-friendly), and keys are made unique: tags by tagKey() (earliest kept),
 * reading states per article (latest kept).
 */
export function createBackup(input: CreateBackupInput): BackupV1 {
  const highlights = uniqueBy(input.highlights, (h) => h.id).map(pickHighlight);
  const highlightIds = new Set(highlights.map((h) => h.id));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: input.exportedAt,
    articles: uniqueBy(input.articles, (a) => a.id).map((a) => ({ id: a.id, contentHash: a.contentHash })),
    highlights,
    notes: uniqueBy(input.notes, (n) => n.id).map((n) => pickNote(n, highlightIds)),
    tags: uniqueBy(input.tags, (t) => tagKey(t.name), (kept, next) => next.createdAt < kept.createdAt).map(
      (t): Tag => ({ name: t.name, createdAt: t.createdAt }),
    ),
    readingStates: uniqueBy(input.readingStates, (r) => r.articleId, (kept, next) => next.updatedAt > kept.updatedAt).map(
      (r): ReadingState => ({ articleId: r.articleId, scrollFraction: r.scrollFraction, updatedAt: r.updatedAt }),
    ),
  };
}

/** Pretty JSON (two-space indent, trailing newline): readable and diff-able by a person. */
export function serializeBackup(backup: BackupV1): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** "gloss-backup-2024-03-01.json" from the export timestamp. */
export function backupFileName(exportedAt: string): string {
  return `gloss-backup-${exportedAt.slice(0, 10)}.json`;
}
