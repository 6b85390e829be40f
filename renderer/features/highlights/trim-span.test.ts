import { describe, expect, it } from 'vitest';
import { trimSpan } from './trim-span';

describe('trimSpan', () => {
  const text = 'Heading\n\nThe protesters blocked roads. ';
  it('drops surrounding spaces and block separators', () => {
    expect(text.slice(7, 24)).toBe('\n\nThe protesters ');
    expect(trimSpan(text, 7, 24)).toEqual({ start: 9, end: 23 });
    expect(trimSpan(text, 9, 23)).toEqual({ start: 9, end: 23 });
  });
  it('gives null for whitespace only and clamps to the text', () => {
    expect(trimSpan(text, 7, 9)).toBeNull();
    expect(trimSpan(text, -3, 3)).toEqual({ start: 0, end: 3 });
    expect(trimSpan(text, 30, 999)).toEqual({ start: 30, end: 38 });
    expect(text.slice(30, 38)).toBe('d roads.');
  });
});
