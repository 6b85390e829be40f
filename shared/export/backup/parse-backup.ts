import { err, ok, type Result } from '../../model';
import { describeIssues } from './describe-issues';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';
import { backupSchema } from './schema';
import { errorText } from '../../model/error-text';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a backup file's text. Never throws: every refusal is a message a person can act on, checked
 * from the outside in (empty → not JSON → not ours → too new → a bad field), so the first thing wrong
 * is the thing reported. Unknown extra fields are dropped, not refused, so a backup edited by hand or
 * by a later version that only adds fields still restores. Older versions read into
 * the latest shape (format.ts).
 */
export function parseBackup(text: string): Result<Backup, string> {
  // Editors on Windows may add a byte-order mark; JSON.parse would refuse it.
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return err('The backup file is empty.');

  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    // Not JSON at all (a Markdown export, a text file, a PDF): say what the file is not, without a
    // parser's "Unexpected token" (issue 12). JSON that starts and then breaks off is a truncated backup.
    if (!/^\s*[{[]/.test(source)) {
      return err('This file is not a Gloss backup: a backup is the JSON file that “Back up” writes (gloss-backup-….json), and this one is not JSON.');
    }
    const reason = errorText(e);
    return err(`The backup file is not valid JSON (it may be truncated): ${reason}`);
  }

  if (!isObject(data) || data.format !== BACKUP_FORMAT) {
    return err(`This file is not a Gloss backup: it has no "format": "${BACKUP_FORMAT}" field.`);
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err(`This Gloss backup has no valid format version (expected 1 to ${BACKUP_VERSION}).`);
  }
  if (version > BACKUP_VERSION) {
    return err(`This backup was made by a newer Gloss (format ${version}); this version reads formats 1 to ${BACKUP_VERSION}. Update Gloss to restore it.`);
  }

  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) return err(`The backup has invalid records, so nothing was restored: ${describeIssues(parsed.error.issues)}`);
  return ok(parsed.data);
}
