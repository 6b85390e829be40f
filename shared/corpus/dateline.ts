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
export function parseDateline(paragraph: string): Dateline | null {
  const mdy = PLACE_MDY.exec(paragraph);
  if (mdy) return withDate(mdy[1]!, isoDate(mdy[4]!, mdy[2]!, mdy[3]!));
  const dmy = PLACE_DMY.exec(paragraph);
  if (dmy) return withDate(dmy[1]!, isoDate(dmy[4]!, dmy[3]!, dmy[2]!));
  return null;
}

/** Reads a line that is only a date; null for anything else. */
export function parseDateLine(line: string): string | null {
  const mdy = DATE_ONLY_MDY.exec(line.trim());
  if (mdy) return isoDate(mdy[3]!, mdy[1]!, mdy[2]!);
  const iso = DATE_ONLY_ISO.exec(line.trim());
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
