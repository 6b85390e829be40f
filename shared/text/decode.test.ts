import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const latin = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf16le = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
const utf16be = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));

const TEXT = 'Café society — “quoted”, naïve.\nSecond line.';

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(utf8(TEXT))).toMatchObject({ text: TEXT, encoding: 'utf-8', via: 'utf-8', warnings: [] });
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], utf8(TEXT)))).toMatchObject({ text: TEXT, encoding: 'utf-8', via: 'bom' });
  });

  it('reads UTF-16 LE and BE from their BOMs, and without one', () => {
    expect(decodeBytes(bytes([0xff, 0xfe], utf16le(TEXT)))).toMatchObject({ text: TEXT, encoding: 'utf-16le', via: 'bom', warnings: [] });
    expect(decodeBytes(bytes([0xfe, 0xff], utf16be(TEXT)))).toMatchObject({ text: TEXT, encoding: 'utf-16be', via: 'bom', warnings: [] });
    expect(decodeBytes(utf16le(TEXT))).toMatchObject({ text: TEXT, encoding: 'utf-16le', via: 'utf-16 pattern' });
    expect(decodeBytes(utf16be(TEXT))).toMatchObject({ text: TEXT, encoding: 'utf-16be', via: 'utf-16 pattern' });
  });

  it('reads windows-1252 text that is not valid UTF-8 (no "Caf� society")', () => {
    const decoded = decodeBytes(latin('Caf\xe9 society met on Tuesday: na\xefve r\xe9sum\xe9s, \x93new\x94 menus \x96 cr\xe8me br\xfbl\xe9e.'));
    expect(decoded.text).toBe('Café society met on Tuesday: naïve résumés, “new” menus – crème brûlée.');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings).toEqual([]);
  });

  it('follows an HTML page’s <meta charset>', () => {
    const page = latin('<html><head><meta charset="iso-8859-15"></head><body><p>Prix: 5 \xa4, caf\xe9.</p></body></html>');
    const decoded = decodeBytes(page, { html: true });
    expect(decoded.via).toBe('meta charset');
    expect(decoded.text).toContain('Prix: 5 €, café.');
  });

  it('detects a CJK legacy encoding (Shift_JIS)', () => {
    // "日本語の文章です。" repeated, in Shift_JIS.
    const sjis = [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x95, 0xb6, 0x8f, 0xcd, 0x82, 0xc5, 0x82, 0xb7, 0x81, 0x42];
    const decoded = decodeBytes(Uint8Array.from(Array.from({ length: 8 }, () => sjis).flat()));
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.text.startsWith('日本語の文章です。')).toBe(true);
  });

  it('removes a stray NUL and says on which line, losing nothing else', () => {
    const decoded = decodeBytes(utf8('First line.\nSec\u0000ond line.\nThird.'));
    expect(decoded.text).toBe('First line.\nSecond line.\nThird.');
    expect(decoded.warnings).toEqual(['1 NUL character removed on line 2']);
  });

  it('replaces what cannot be decoded and names the lines', () => {
    // A page that declares UTF-8 but has a truncated sequence on line 3, as a browser would read it.
    const page = bytes(utf8('<meta charset="utf-8">\n<p>Fine.</p>\n<p>Bro'), [0xe2, 0x80], utf8('ken.</p>\n'));
    const decoded = decodeBytes(page, { html: true });
    expect(decoded).toMatchObject({ encoding: 'utf-8', via: 'meta charset' });
    expect(decoded.text).toBe('<meta charset="utf-8">\n<p>Fine.</p>\n<p>Bro\uFFFDken.</p>\n');
    expect(decoded.warnings).toEqual(['1 undecodable byte sequence (read as utf-8) replaced with \uFFFD on line 3']);
  });
});
