/**
 * Article dates are calendar dates (YYYY-MM-DD) with no time zone. Formatting them in UTC keeps
 * "2020-01-21" from showing as January 20 for a reader west of Greenwich.
 */
const long = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const short = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

function parseIsoDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCDate() === Number(m[3]) ? date : null;
}

/** "January 21, 2020"; "Undated" for null; the input itself when it is not a date. */
export function formatDate(iso: string | null, style: 'long' | 'short' = 'long'): string {
  if (iso === null) return 'Undated';
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return (style === 'long' ? long : short).format(date);
}

export function formatReadingTime(minutes: number): string {
  return minutes < 1 ? 'under 1 min read' : `${Math.round(minutes)} min read`;
}

export function formatWordCount(words: number): string {
  return `${words.toLocaleString('en-US')} ${words === 1 ? 'word' : 'words'}`;
}

/** "analysis" → "Analysis"; null when the kind is unknown. */
export function formatKind(kind: string | null): string | null {
  return kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : null;
}
