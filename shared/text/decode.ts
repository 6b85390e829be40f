import { detectAll } from 'jschardet';
import { looksBinary } from './binary';
import { decodeWindows1252 } from './windows-1252';

/**
 * Bytes of a source file → text, whatever its encoding, losing nothing silently. Order: a byte-order
 * mark (UTF-8, UTF-16 LE/BE) → UTF-16 without a BOM (every other byte NUL) → valid UTF-8 → the
 * charset an HTML page declares in <meta> → a detector (jschardet) → windows-1252, the Web's default
 * for unlabelled Western text. Bytes that still cannot be decoded become U+FFFD, and each line that
 * has one is reported; NUL characters are removed (a stray NUL must not cost the whole file) and
 * reported too.
 */
export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1252", "utf-16le". */
  encoding: string;
  /** How the encoding was chosen, for the build report. */
  via: 'bom' | 'utf-16 pattern' | 'utf-8' | 'meta charset' | 'detected' | 'default';
  /** For a person: what was replaced or removed, by line. Empty when the text came through whole. */
  warnings: string[];
}

// Enough of a file to judge it by; detectors get no surer past a few hundred kilobytes.
const SNIFF_BYTES = 64 * 1024;
// The detector's top guess must be at least this sure to win over the Western default.
const CONFIDENT = 0.5;
// Lines listed in one warning; past this the warning says how many more.
const MAX_LINES_LISTED = 10;

export function decodeBytes(bytes: Uint8Array, options: { html?: boolean } = {}): DecodedText {
  const { encoding, via, start } = chooseEncoding(bytes, options.html ?? false);
  const body = bytes.subarray(start);
  const raw = encoding === 'windows-1252' ? decodeWindows1252(body) : new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  const warnings: string[] = [];
  const replaced = linesWith(raw, '\uFFFD');
  if (replaced.count > 0) warnings.push(`${replaced.count} undecodable byte sequence${replaced.count === 1 ? '' : 's'} (read as ${encoding}) replaced with � on ${listLines(replaced.lines)}`);
  const nul = linesWith(raw, '\u0000');
  // A few NULs are damage in a text file; many mean it is not text, which the parser then refuses.
  const strip = nul.count > 0 && !looksBinary(raw);
  if (strip) warnings.push(`${nul.count} NUL character${nul.count === 1 ? '' : 's'} removed on ${listLines(nul.lines)}`);
  return { text: strip ? raw.split('\u0000').join('') : raw, encoding, via, warnings };
}

function chooseEncoding(bytes: Uint8Array, html: boolean): { encoding: string; via: DecodedText['via']; start: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', via: 'bom', start: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', via: 'bom', start: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', via: 'bom', start: 2 };
  const utf16 = utf16Pattern(bytes);
  if (utf16) return { encoding: utf16, via: 'utf-16 pattern', start: 0 };
  if (isUtf8(bytes)) return { encoding: 'utf-8', via: 'utf-8', start: 0 };
  if (html) {
    const declared = metaCharset(bytes);
    if (declared) return { encoding: declared, via: 'meta charset', start: 0 };
  }
  const detected = detect(bytes.subarray(0, SNIFF_BYTES));
  if (detected) return { encoding: detected, via: 'detected', start: 0 };
  return { encoding: 'windows-1252', via: 'default', start: 0 };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 text of a Latin script has a NUL in every other byte; which half says the byte order. */
function utf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** <meta charset="…"> or http-equiv Content-Type in the first kilobytes, if TextDecoder knows it. */
function metaCharset(bytes: Uint8Array): string | null {
  let head = '';
  for (const b of bytes.subarray(0, 4096)) head += String.fromCharCode(b);
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? knownEncoding(match[1]!) : null;
}

function knownEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function detect(sample: Uint8Array): string | null {
  const results = detectAll(sample).filter((r) => r.encoding !== null && knownEncoding(r.encoding) !== null);
  const best = results[0];
  if (!best) return null;
  if (best.confidence >= CONFIDENT) return knownEncoding(best.encoding!);
  // Short Western text leaves the detector torn between the Latin code pages; when windows-1252
  // is about as likely as the best guess, it is the far commoner one.
  const western = results.find((r) => knownEncoding(r.encoding!) === 'windows-1252');
  if (western && western.confidence >= best.confidence - 0.05) return 'windows-1252';
  return best.confidence >= 0.2 ? knownEncoding(best.encoding!) : null;
}

function linesWith(text: string, char: string): { count: number; lines: number[] } {
  const lines: number[] = [];
  let count = 0;
  let line = 1;
  let lastListed = 0;
  for (let i = text.indexOf(char), from = 0; i >= 0; i = text.indexOf(char, i + 1)) {
    for (let j = text.indexOf('\n', from); j >= 0 && j < i; j = text.indexOf('\n', j + 1)) {
      line++;
      from = j + 1;
    }
    count++;
    if (line !== lastListed) lines.push((lastListed = line));
  }
  return { count, lines };
}

function listLines(lines: number[]): string {
  const shown = lines.slice(0, MAX_LINES_LISTED).join(', ');
  const more = lines.length > MAX_LINES_LISTED ? ` and ${lines.length - MAX_LINES_LISTED} more` : '';
  return `line${lines.length === 1 ? '' : 's'} ${shown}${more}`;
}
