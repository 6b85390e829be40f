const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ALT = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';

// "Iraq, January 21, 2020—Since …", "PARIS, Jan. 3, 2021 - …", "Baghdad, 21 January 2020: …".
const PLACE = "([\\p{Lu}][\\p{L}'’. -]{0,40}?)";
const DASH = '\\s*[—–:-]';
const PLACE_MDY = new RegExp(`^${PLACE},\\s+${MONTH_ALT}\\s+(\\d{1,2}),?\\s+(\\d{4})${DASH}`, 'u');
const PLACE_DMY = new RegExp(`^${PLACE},\\s+(\\d{1,2})\\s+${MONTH_ALT},?\\s+(\\d{4})${DASH}`, 'u');
// A date alone on its own line ("January 21, 2020", "2020-01-21"), as bylines often carry.
const DATE_ONLY_MDY = new RegExp(`^${MONTH_ALT}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'u');
const DATE_ONLY_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Dateline {
  place: string | null;
  published: string;
}

/** Reads the dateline that opens a paragraph. The paragraph itself is never changed. */
export function parseOpeningDateline(paragraph: string): Dateline | null {
  const mdy = PLACE_MDY.exec(paragraph);
  if (mdy) return withDate(mdy[1]!, isoDate(mdy[4]!, mdy[2]!, mdy[3]!));
  const dmy = PLACE_DMY.exec(paragraph);
  if (dmy) return withDate(dmy[1]!, isoDate(dmy[4]!, dmy[3]!, dmy[2]!));
  return null;
}

// "Published on 12 March 2019", "Posted: Jan 5, 2024": a label a page puts before its date.
const DATE_LABEL = /^(?:published|posted|first published|date)(?:\s+on)?\s*:?\s+/i;
const DATE_ONLY_DMY = new RegExp(`^(\\d{1,2})\\s+${MONTH_ALT},?\\s+(\\d{4})$`, 'u');

/** Reads a line that is only a date, perhaps labelled "Published"; null for anything else. */
export function parseDateOnlyLine(line: string): string | null {
  const bare = line.trim().replace(DATE_LABEL, '');
  const mdy = DATE_ONLY_MDY.exec(bare);
  if (mdy) return isoDate(mdy[3]!, mdy[1]!, mdy[2]!);
  const dmy = DATE_ONLY_DMY.exec(bare);
  if (dmy) return isoDate(dmy[3]!, dmy[2]!, dmy[1]!);
  const iso = DATE_ONLY_ISO.exec(bare);
  if (iso) return isoDate(iso[1]!, MONTHS[Number(iso[2]) - 1] ?? '', iso[3]!);
  return null;
}

function withDate(place: string, published: string | null): Dateline | null {
  return published === null ? null : { place: place.trim(), published };
}

/** YYYY-MM-DD, or null when the day does not exist (a "February 30" is not a date). */
export function isoDate(year: string, month: string, day: string): string | null {
  const m = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().replace('.', '').slice(0, 3)));
  const y = Number(year), d = Number(day);
  if (m < 0 || !(d >= 1)) return null;
  const date = new Date(Date.UTC(y, m, d));
  if (date.getUTCMonth() !== m || date.getUTCDate() !== d) return null;
  return `${year.padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// A date inside a longer string: "By Ana Ruiz · May 6, 2020", "Published on 12 March 2019",
// "Tue, 01 Dec 2020 18:22:00 GMT", "Nov. 7, 2023", "2021-06-15T08:30:00+01:00".
const FIND_MDY = new RegExp(`\\b${MONTH_ALT}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu');
const FIND_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_ALT},?\\s+(\\d{4})\\b`, 'iu');
const FIND_ISO = /\b(\d{4})-(\d{2})-(\d{2})(?![\d])/;

/**
 * The first date a string states, as YYYY-MM-DD, or null. An ISO timestamp keeps the date as the
 * publisher wrote it (its own time zone): "2021-06-15T23:30:00-05:00" is 15 June, not 16 June UTC.
 */
export function findDate(text: string): string | null {
  const iso = FIND_ISO.exec(text);
  if (iso) return isoDate(iso[1]!, MONTHS[Number(iso[2]) - 1] ?? '', iso[3]!);
  const mdy = FIND_MDY.exec(text);
  const dmy = FIND_DMY.exec(text);
  // Both forms can match one string ("3 March 2021" has no M-D-Y reading, but "March 3, 2021" might
  // overlap a number before it); the earlier match is the one the writer meant.
  if (mdy && (!dmy || mdy.index <= dmy.index)) return isoDate(mdy[3]!, mdy[1]!, mdy[2]!);
  if (dmy) return isoDate(dmy[3]!, dmy[2]!, dmy[1]!);
  return null;
}
