import { describe, expect, it } from 'vitest';
import { validateMenuCommands, validateProgress, validateTheme } from './validate-app';

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

describe('app:setMenu arguments', () => {
  const command = { id: 'search.focus', label: 'Search', keys: ['/', 'Mod+K'], menu: 'Go', enabled: true };

  it('accepts keymap commands as plain data', () => {
    const keys = ['Mod+Shift+H', 'Shift+F3', 'Alt+ArrowDown', '?', ']', 'N', 'Escape', 'Space'];
    expect(validateMenuCommands([command, { ...command, id: 'highlight.create', keys: keys.slice(0, 4) }, { ...command, id: 'x.y', keys: keys.slice(4) }])).toMatchObject({ ok: true });
  });

  it('refuses anything else, naming the command and the field', () => {
    expect(validateMenuCommands('menu')).toEqual({ ok: false, error: 'Expected a list of menu commands.' });
    expect(validateMenuCommands([command, command])).toEqual({ ok: false, error: 'Menu command 2: search.focus is listed twice.' });
    expect(validateMenuCommands([{ ...command, id: 'Robot();' }])).toEqual({ ok: false, error: 'Menu command 1: "Robot();" is not a command id.' });
    expect(validateMenuCommands([{ ...command, label: 'a\u0000b' }])).toEqual({ ok: false, error: 'Menu command 1 (search.focus): the label must be 1–80 printable characters.' });
    expect(validateMenuCommands([{ ...command, keys: ['Ctrl+Alt+Delete+Q+W'] }]).ok).toBe(false);
    expect(validateMenuCommands([{ ...command, keys: ['Super+K'] }]).ok).toBe(false);
    expect(validateMenuCommands([{ ...command, menu: 'Tools' }])).toEqual({ ok: false, error: 'Menu command 1 (search.focus): no menu called "Tools".' });
    expect(validateMenuCommands([{ ...command, enabled: 'yes' }]).ok).toBe(false);
    expect(validateMenuCommands(Array.from({ length: 201 }, (_, i) => ({ ...command, id: `c${i}` }))).ok).toBe(false);
  });
});
