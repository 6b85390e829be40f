import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isObsidianTag, planInlineTags, tagChangesOf } from './inline-tags';

describe('planInlineTags', () => {
  it.each([
    ['Iran', '#Iran'],
    ['région/nord', '#région/nord'],
    ['Kata_ib', '#Kata_ib'],
    ['to read', '#to-read'],
    ['C++', null],
    ['2020', null],
    ['#hash', null],
    ['Kata’ib', null],
  ])('Obsidian: %s → %s', (name, tag) => {
    expect(planInlineTags([name], 'default').get(planInlineTags([name], 'default').keys().next().value!)?.tag).toBe(tag);
  });

  it('never writes an inline tag that is not the name as typed without saying so', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''), { maxLength: 6 }), (names) => {
        const plan = planInlineTags(names, 'callout');
        const changed = new Set(tagChangesOf([plan]).map((c) => c.name));
        for (const t of plan.values()) {
          if (t.tag !== null) expect(isObsidianTag(t.tag.slice(1))).toBe(true);
          expect(t.tag === `#${t.name}` || changed.has(t.name)).toBe(true);
        }
        // Two different tags never share one inline form.
        const forms = [...plan.values()].map((t) => t.tag).filter((t) => t !== null).map((t) => t.toLowerCase());
        expect(new Set(forms).size).toBe(forms.length);
      }),
    );
  });

  it('plain Markdown writes every name as text and reports nothing', () => {
    const plan = planInlineTags(['C++', 'Iran'], 'plain');
    expect([...plan.values()].map((t) => t.tag)).toEqual([null, null]);
    expect(tagChangesOf([plan])).toEqual([]);
  });
});
