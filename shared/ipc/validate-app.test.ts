import { describe, expect, it } from 'vitest';
import { validateProgress, validateTheme } from './validate-app';

describe('app:* arguments', () => {
  it('accepts the three themes only', () => {
    expect(['system', 'light', 'dark'].map((t) => validateTheme(t).ok)).toEqual([true, true, true]);
    expect(validateTheme('sepia')).toEqual({ ok: false, error: 'Unknown theme "sepia": expected system, light or dark.' });
    expect(validateTheme(undefined).ok).toBe(false);
  });

  it('accepts a fraction, indeterminate or null as progress', () => {
    expect([0, 0.5, 1, 'indeterminate', null].map((p) => validateProgress(p))).toEqual([
      { ok: true, value: 0 },
      { ok: true, value: 0.5 },
      { ok: true, value: 1 },
      { ok: true, value: 'indeterminate' },
      { ok: true, value: null },
    ]);
    for (const bad of [-0.1, 1.5, Number.NaN, Infinity, '0.5', {}]) expect(validateProgress(bad).ok).toBe(false);
    expect(validateProgress(2)).toEqual({ ok: false, error: "Progress must be a fraction from 0 to 1, 'indeterminate' or null; got 2." });
  });
});
