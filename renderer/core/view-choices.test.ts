import { describe, expect, it } from 'vitest';
import { recallChoice, rememberChoice } from './view-choices';

describe('view choices', () => {
  it('answers the initial value until something is remembered, then the remembered one', () => {
    expect(recallChoice('test.sort', 'newest')).toBe('newest');
    rememberChoice('test.sort', 'oldest');
    expect(recallChoice('test.sort', 'newest')).toBe('oldest');
    // Another key is its own.
    expect(recallChoice('test.group', 'article')).toBe('article');
  });
});
