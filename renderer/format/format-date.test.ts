import { describe, expect, it } from 'vitest';
import { formatDate, formatKind, formatReadingTime, formatWordCount } from './format-date';

describe('formatDate', () => {
  it('formats calendar dates without shifting them by time zone', () => {
    expect(formatDate('2020-01-21')).toBe('January 21, 2020');
    expect(formatDate('2020-01-01', 'short')).toBe('Jan 1, 2020');
  });
  it('says Undated for null and leaves non-dates as written', () => {
    expect(formatDate(null)).toBe('Undated');
    expect(formatDate('2020-02-31')).toBe('2020-02-31');
    expect(formatDate('last week')).toBe('last week');
  });
});

describe('small formats', () => {
  it('formats reading time, word counts and kinds', () => {
    expect(formatReadingTime(4.4)).toBe('4 min read');
    expect(formatReadingTime(0.3)).toBe('under 1 min read');
    expect(formatWordCount(1234)).toBe('1,234 words');
    expect(formatWordCount(1)).toBe('1 word');
    expect(formatKind('analysis')).toBe('Analysis');
    expect(formatKind(null)).toBeNull();
  });
});
