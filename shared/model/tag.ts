/**
 * THE tag rule. The tags input, the Notebook, the database, backups (parse, create, restore
 * planning) and the Markdown export all ask this file what a tag name is and when two are the same
 * tag, so "Café" typed in one place can never be a different tag somewhere else.
 *
 * - A name is trimmed, inner whitespace collapsed to one space, 1..MAX_TAG_LENGTH characters, with
 *   no control or bidirectional-formatting character.
 * - Two names are one tag when their tagKey()s are equal: case, diacritics ("Café" = "cafe"),
 *   curly vs straight quotes ("Kata’ib" = "Kata'ib") and spacing do not matter. This is the fold
 *   search uses (shared/text foldChars), so a tag matches the way words in the text match.
 * - The name is kept as first typed; the key is only for comparing (and is the Dexie primary key of
 *   the `tags` table since schema version 3).
 */
import { foldChars } from '../text';
import { err, ok, type Result } from './result';

/** Long enough for "Islamic Revolutionary Guard Corps – Quds Force", short enough to stay a label. */
export const MAX_TAG_LENGTH = 64;

const collapse = (s: string) => s.trim().replace(/\s+/g, ' ');

// Latin combining marks only (what foldChars removes from precomposed letters): marks in other
// scripts (Devanagari vowel signs…) carry meaning, and dropping them would merge different words.
const LATIN_MARKS = /[\u0300-\u036f]/g;

// NUL and the other C0/C1 controls (whitespace is collapsed above), the bidirectional overrides,
// embeddings, isolates and marks (U+202A–E, U+2066–9, U+200E/F, U+061C: "Trojan Source" text that
// displays in another order than it is stored), and lone surrogates (not text at all). The BOM is
// whitespace to JavaScript, so collapse() has already made it a space.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const HIDDEN_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A tag name as stored, or why it cannot be one. Never throws: the input is whatever a person typed. */
export function normaliseTagName(raw: unknown): Result<string, string> {
  if (typeof raw !== 'string') return err('A tag must be text.');
  const name = collapse(raw);
  if (name === '') return err('A tag cannot be empty.');
  const hidden = HIDDEN_CHARACTER.exec(name);
  if (hidden) {
    const code = `U+${hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return err(`A tag cannot contain an invisible control or text-direction character (${code}): it would make one tag look like another.`);
  }
  if (name.length > MAX_TAG_LENGTH) {
    return err(`The tag "${name.slice(0, 20)}…" is too long (at most ${MAX_TAG_LENGTH} characters).`);
  }
  return ok(name);
}

/** True when `raw` is acceptable as a tag name (normaliseTagName would accept it). */
export function isValidTagName(raw: unknown): boolean {
  return normaliseTagName(raw).ok;
}

/**
 * The comparison key of a tag name: equal keys mean the same tag. NFD first, so a decomposed "é"
 * ("e" + U+0301, as some macOS paste paths give) folds like the precomposed one.
 */
export function tagKey(name: string): string {
  return foldChars(collapse(name).normalize('NFD')).replace(LATIN_MARKS, '');
}

export function sameTag(a: string, b: string): boolean {
  return tagKey(a) === tagKey(b);
}

/** The names without repeats of the same tag, first spelling kept, in input order. */
export function uniqueTags(names: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const key = tagKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
