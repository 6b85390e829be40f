import { describe, expect, it } from 'vitest';
import { menuCommands, paletteEntries, runnableCommands } from './commands';
import { helpRows, KEYMAP } from './keymap';

describe('commands by name', () => {
  it('are the keymap’s commands minus the widget keys and internal ones, in keymap order', () => {
    const ids = runnableCommands().map((c) => c.id);
    expect(ids).toEqual(KEYMAP.filter((c) => c.scope !== 'widget' && c.help !== null).map((c) => c.id));
    expect(ids).toContain('palette.open');
    expect(ids).not.toContain('highlight.color');
    expect(ids).not.toContain('toolbar.return');
  });

  it('give the menus each command with its keymap keys, menu and whether it applies now', () => {
    const menu = menuCommands(new Set(['search.focus']));
    expect(menu.find((c) => c.id === 'search.focus')).toEqual({ id: 'search.focus', label: 'Search', keys: ['/', 'Mod+K'], menu: 'Go', enabled: true });
    expect(menu.find((c) => c.id === 'match.next')).toMatchObject({ menu: 'Edit', enabled: false });
    expect(menu.find((c) => c.id === 'palette.open')).toMatchObject({ menu: 'View', keys: ['Mod+Shift+P'] });
    expect(menu.find((c) => c.id === 'help.show')).toMatchObject({ menu: 'Help' });
  });

  it('give the palette the same keys the shortcuts help shows', () => {
    const help = new Map(helpRows().map((r) => [r.does, r.keys]));
    for (const entry of paletteEntries(new Set(), '')) expect(entry.keys).toEqual(help.get(entry.help));
  });

  it('filter by every typed word, ignoring case and accents, available ones first', () => {
    const available = new Set(['search.focus', 'help.show', 'palette.open']);
    expect(paletteEntries(available, '').slice(0, 3).map((e) => e.id)).toEqual(['search.focus', 'palette.open', 'help.show']);
    expect(paletteEntries(available, 'SENTENCE next').map((e) => e.id)).toEqual(['passage.next']);
    expect(paletteEntries(available, 'sélection').map((e) => e.id)).toContain('passage.extend');
    expect(paletteEntries(available, 'match').map((e) => [e.id, e.available])).toEqual([
      ['match.next', false],
      ['match.previous', false],
    ]);
    expect(paletteEntries(available, 'zebra')).toEqual([]);
  });
});
