/*
 * windows-1252 decoded by hand. The WHATWG decoder maps 0x80–0x9F to “smart” punctuation (“ ” – —
 * € …), but Node 20's TextDecoder decodes the label as ISO-8859-1 and yields C1 control characters
 * there, so the same file would read differently in the CLI and the app. Outside that range
 * windows-1252 is Latin-1: the byte is the code point.
 */
const HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    let s = '';
    for (const b of bytes.subarray(i, i + CHUNK)) s += b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : String.fromCharCode(b);
    parts.push(s);
  }
  return parts.join('');
}
