import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { glossDeepLink, obsidianBlockId } from './obsidian';
import { newId } from '../../model';

describe('obsidianBlockId', () => {
  it('maps Gloss ids one-to-one and stays stable', () => {
    const id = newId('hl');
    expect(obsidianBlockId(id)).toBe(id.replace('_', '-'));
    expect(obsidianBlockId(id)).toBe(obsidianBlockId(id));
  });

  it('is [a-z0-9-] only and tells apart ids that slug alike', () => {
    expect(obsidianBlockId('HL 1')).not.toBe(obsidianBlockId('hl-1'));
    fc.assert(
      fc.property(fc.string(), (id) => {
        expect(obsidianBlockId(id)).toMatch(/^[a-z0-9-]+$/);
      }),
    );
  });
});

describe('glossDeepLink', () => {
  it('links an article and a highlight', () => {
    expect(glossDeepLink('000_8a71', 'hl_1')).toBe('gloss://article/000_8a71#highlight=hl_1');
    expect(glossDeepLink('a b(c)', 'x#y')).toBe('gloss://article/a%20b%28c%29#highlight=x%23y');
  });
});
