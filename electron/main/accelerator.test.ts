import { describe, expect, it } from 'vitest';
import { menuAccelerator, toAccelerator } from './accelerator';

describe('keymap keys as menu accelerators', () => {
  it('translates modifiers, letters, capitals, arrows and named keys', () => {
    expect(toAccelerator('Mod+K')).toBe('CmdOrCtrl+K');
    expect(toAccelerator('Mod+Shift+H')).toBe('CmdOrCtrl+Shift+H');
    expect(toAccelerator('Mod+Shift+P')).toBe('CmdOrCtrl+Shift+P');
    expect(toAccelerator('n')).toBe('N');
    expect(toAccelerator('N')).toBe('Shift+N');
    expect(toAccelerator('Shift+F3')).toBe('Shift+F3');
    expect(toAccelerator('Alt+ArrowDown')).toBe('Alt+Down');
    expect(toAccelerator('Shift+ArrowRight')).toBe('Shift+Right');
    expect(toAccelerator('Escape')).toBe('Escape');
    expect(toAccelerator('?')).toBe('?');
    expect(toAccelerator(']')).toBe(']');
    expect(toAccelerator('Space')).toBe('Space');
  });

  it('gives up on what a menu cannot show', () => {
    expect(toAccelerator('Super+K')).toBeNull();
    expect(toAccelerator('Mod+')).toBeNull();
    expect(toAccelerator('MediaPlayPause')).toBeNull();
  });

  it('shows a Ctrl/Cmd chord first, then a function key, then the first key', () => {
    expect(menuAccelerator(['/', 'Mod+K'])).toBe('CmdOrCtrl+K');
    expect(menuAccelerator(['n', 'F3'])).toBe('F3');
    expect(menuAccelerator(['N', 'Shift+F3'])).toBe('Shift+F3');
    expect(menuAccelerator(['s'])).toBe('S');
    expect(menuAccelerator([])).toBeUndefined();
  });
});
