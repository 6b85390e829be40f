/**
 * The metadata a reader may correct on an imported article (title, byline, date, source), and the
 * one rule for what is acceptable. Used by the edit form (errors shown beside each field) and by the
 * database (nothing invalid is stored, whoever calls it).
 */
import type { Article } from './article';
import { err, ok, type Result } from './result';

export type EditableMetadata = Pick<Article, 'title' | 'byline' | 'published' | 'source'>;
export type MetadataField = keyof EditableMetadata;
/** What the form holds: every field as typed. */
export type MetadataInput = Record<MetadataField, string>;
export type MetadataErrors = Partial<Record<MetadataField, string>>;

export const METADATA_LIMITS: Record<MetadataField, number> = { title: 300, byline: 200, published: 10, source: 200 };
// Control characters (tabs and line breaks included) and bidi overrides have no place in a one-line field.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function metadataInput(article: EditableMetadata): MetadataInput {
  return { title: article.title, byline: article.byline ?? '', published: article.published ?? '', source: article.source ?? '' };
}

function checkLine(label: string, value: string, max: number): string | null {
  if (CONTROL.test(value)) return `${label} must be one line of text, without tabs or control characters.`;
  if (value.length > max) return `${label} is ${value.length} characters long; at most ${max} fit.`;
  return null;
}

/** "2021-06-15": a real calendar day, as the library stores dates. */
export function checkIsoDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return 'Write the date as year-month-day, for example 2021-06-15, or leave it empty.';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return `There is no such day as ${value}.`;
  return null;
}

/**
 * The fields trimmed, an empty optional field as null (never stated), or an error per field in words
 * a person can act on. The title is required: an article without one could not be listed or cited.
 */
export function validateMetadata(input: MetadataInput): Result<EditableMetadata, MetadataErrors> {
  const t = { title: input.title.trim(), byline: input.byline.trim(), published: input.published.trim(), source: input.source.trim() };
  const errors: MetadataErrors = {};
  if (t.title === '') errors.title = 'The title cannot be empty.';
  else errors.title = checkLine('The title', t.title, METADATA_LIMITS.title) ?? undefined;
  errors.byline = checkLine('The byline', t.byline, METADATA_LIMITS.byline) ?? undefined;
  errors.source = checkLine('The source', t.source, METADATA_LIMITS.source) ?? undefined;
  errors.published = t.published === '' ? undefined : (checkIsoDate(t.published) ?? undefined);
  const found = Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== undefined)) as MetadataErrors;
  if (Object.keys(found).length > 0) return err(found);
  return ok({ title: t.title, byline: t.byline || null, published: t.published || null, source: t.source || null });
}
