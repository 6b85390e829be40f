import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { paletteEntries, type PaletteEntry } from '../../core/commands';
import type { CommandId } from '../../core/keymap';
import { appKeyDispatcher, useCommand } from '../../core/use-command';
import { showModalFrom, wireModalDialog } from '../../dom/focus-trap';
import './palette.css';

/**
 * The command palette (Ctrl/Cmd+Shift+P): every command by name with its shortcut, from the one
 * keymap. Type to filter, ↑/↓ to choose, Enter to run. It closes first, so focus (and the text
 * selection the passage and highlight commands act on) is back where it was when the command runs.
 */
export function CommandPalette() {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [available, setAvailable] = useState<ReadonlySet<string>>(new Set());
  const selection = useRef<Range[]>([]);
  const chosen = useRef<CommandId | null>(null);
  const titleId = useId();
  const listId = useId();

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    // Runs after wireModalDialog has put focus back on the opener.
    return wireModalDialog(el, () => {
      const id = chosen.current;
      chosen.current = null;
      const saved = selection.current;
      selection.current = [];
      if (!id) return;
      const sel = document.getSelection();
      if (sel && saved.length) {
        sel.removeAllRanges();
        for (const r of saved) sel.addRange(r);
      }
      appKeyDispatcher().run(id);
    });
  }, []);

  useCommand('palette.open', () => {
    const el = dialog.current;
    // Not over another modal (the export dialog, the shortcuts help): one at a time.
    if (!el || document.querySelector('dialog[open]')) return false;
    const sel = document.getSelection();
    selection.current = sel ? Array.from({ length: sel.rangeCount }, (_, i) => sel.getRangeAt(i).cloneRange()) : [];
    setAvailable(new Set(appKeyDispatcher().available()));
    setQuery('');
    setActive(0);
    showModalFrom(el);
    input.current?.focus();
    return true;
  });

  const entries = useMemo(() => paletteEntries(available, query).filter((e) => e.id !== 'palette.open'), [available, query]);
  const current = entries[Math.min(active, entries.length - 1)];
  const optionId = (e: PaletteEntry) => `${listId}-${e.id.replace('.', '-')}`;

  function run(entry: PaletteEntry | undefined) {
    if (!entry?.available) return;
    chosen.current = entry.id;
    dialog.current?.close();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = entries.length - 1;
    const moves: Partial<Record<string, number>> = {
      ArrowDown: Math.min(active + 1, last),
      ArrowUp: Math.max(active - 1, 0),
      PageDown: Math.min(active + 5, last),
      PageUp: Math.max(active - 5, 0),
    };
    const to = moves[event.key];
    if (to !== undefined && last >= 0) {
      event.preventDefault();
      setActive(to);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(current);
    }
  }

  useEffect(() => {
    if (current) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });

  return (
    <dialog ref={dialog} className="palette-dialog" aria-labelledby={titleId}>
      <h2 id={titleId} className="visually-hidden">
        Command palette
      </h2>
      <input
        ref={input}
        className="palette-input"
        type="text"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current) : undefined}
        placeholder="Type a command…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} className="palette-list" role="listbox" aria-label="Commands">
        {entries.map((entry) => (
          <li
            key={entry.id}
            id={optionId(entry)}
            role="option"
            aria-selected={entry === current}
            aria-disabled={entry.available ? undefined : true}
            className="palette-option"
            onMouseMove={() => setActive(entries.indexOf(entry))}
            onClick={() => run(entry)}
          >
            <span className="palette-label">
              {entry.label}
              {!entry.available && <span className="palette-unavailable"> — not available here</span>}
            </span>
            <span className="palette-keys">
              {entry.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && <span className="palette-or"> or </span>}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
      <p className="palette-status" role="status">
        {entries.length === 0 ? `No command matches “${query}”.` : `${entries.length} ${entries.length === 1 ? 'command' : 'commands'}`}
      </p>
    </dialog>
  );
}
