import { describe, expect, it } from 'vitest';
import { coversText, fitsNoteBody, isHighlightColor, isIsoDateTime, isOffset, isQuoteText, isRecordId, isScrollFraction, MAX_NOTE_BYTES, noteBodyBytes } from './record-rules';

describe('the record rules', () => {
  it('takes ids with something in them', () => {
    expect([isRecordId('hl_1'), isRecordId(''), isRecordId('  '), isRecordId(7)]).toEqual([true, false, false, false]);
  });

  it('takes ISO date-times with an offset on real calendar days', () => {
    for (const ok of ['2024-03-01T10:00:00.000Z', '2024-03-01T10:00:00+01:00', '2024-02-29T23:59:59.123456Z']) expect(isIsoDateTime(ok)).toBe(true);
    for (const bad of ['2024-03-01', '2024-03-01T10:00Z', '2024-02-30T10:00:00Z', '2023-02-29T10:00:00Z', 'yesterday', 0, null]) expect(isIsoDateTime(bad)).toBe(false);
    expect(isIsoDateTime(new Date(0).toISOString())).toBe(true);
  });

  it('knows the colours, offsets, quotes and ranges a highlight may have', () => {
    expect([isHighlightColor('yellow'), isHighlightColor('orange')]).toEqual([true, false]);
    expect([isOffset(0), isOffset(12), isOffset(-1), isOffset(1.5), isOffset('3')]).toEqual([true, true, false, false, false]);
    expect([coversText({ start: 3, end: 4 }), coversText({ start: 4, end: 4 }), coversText({ start: 5, end: 4 })]).toEqual([true, false, false]);
    expect([isQuoteText('a'), isQuoteText(''), isQuoteText(1)]).toEqual([true, false, false]);
  });

  it('caps a note at 1 MiB of UTF-8, counting bytes, not characters', () => {
    expect(fitsNoteBody('x'.repeat(MAX_NOTE_BYTES))).toBe(true);
    expect(fitsNoteBody('x'.repeat(MAX_NOTE_BYTES + 1))).toBe(false);
    expect(fitsNoteBody('é'.repeat(MAX_NOTE_BYTES / 2 + 1))).toBe(false);
    for (const text of ['a', 'é', '€', '𝄞', 'Kata’ib', '\ud800', 'x\udc00y']) expect(noteBodyBytes(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('keeps reading positions between 0 and 1', () => {
    expect([0, 0.5, 1, -0.1, 1.5, Number.NaN, Infinity].map(isScrollFraction)).toEqual([true, true, true, false, false, false, false]);
  });
});
