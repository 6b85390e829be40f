import { describe, expect, it } from 'vitest';
import { describeRange } from './describe-range';

const text = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('describeRange', () => {
  it('stores the quote with 32 characters of context on each side', () => {
    const { quote, position } = describeRange(text, 33, 36);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: '789', prefix: 'bcdefghijklmnopqrstuvwxyz0123456', suffix: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' });
    expect(quote.prefix).toHaveLength(32);
    expect(position).toEqual({ type: 'TextPositionSelector', start: 33, end: 36 });
  });

  it('shortens the context at the edges of the text', () => {
    expect(describeRange(text, 0, 3).quote.prefix).toBe('');
    const { quote } = describeRange(text, text.length - 2, text.length);
    expect(quote).toMatchObject({ exact: 'YZ', suffix: '' });
  });

  it('rejects offsets that are reversed, outside the text or not integers', () => {
    expect(() => describeRange(text, 5, 4)).toThrow(new RangeError('describeRange: start (5) is after end (4)'));
    expect(() => describeRange(text, -1, 4)).toThrow(/outside the text \(length 62\)/);
    expect(() => describeRange(text, 60, 63)).toThrow(RangeError);
    expect(() => describeRange(text, 1.5, 4)).toThrow(/must be integers/);
  });
});
