import { describe, expect, it } from 'vitest';
import { errorText } from './error-text';

describe('errorText', () => {
  it('gives an Error its message and anything else thrown its String()', () => {
    expect(errorText(new TypeError('bad input'))).toBe('bad input');
    expect(errorText('quota exceeded')).toBe('quota exceeded');
    expect(errorText(42)).toBe('42');
    expect(errorText(null)).toBe('null');
  });
});
