import { useEffect, useId, useRef } from 'react';
import { showModalFrom, wireModalDialog } from '../dom/focus-trap';
import { isEditableTarget, isHelpShortcut } from './keys';

/**
 * What the keys do, in the words a reader would look for. Keep in step with keys.ts, highlight-keys.ts
 * and reader/passage-keys.ts.
 */
const SHORTCUTS: readonly { keys: readonly string[]; does: string }[] = [
  { keys: ['/', 'Ctrl+K'], does: 'Search the library (⌘K on a Mac)' },
  { keys: ['n', 'F3'], does: 'Next search match in the article' },
  { keys: ['N', 'Shift+F3'], does: 'Previous search match' },
  { keys: ['s'], does: 'Select the sentence where you are reading (or the one after your last selection)' },
  { keys: ['Shift+→', ']'], does: 'Extend the selection by one sentence' },
  { keys: ['Shift+←', '['], does: 'Shrink the selection by one sentence' },
  { keys: ['j', 'Alt+↓'], does: 'Select the next sentence' },
  { keys: ['k', 'Alt+↑'], does: 'Select the previous sentence' },
  { keys: ['p'], does: 'Select the whole paragraph' },
  { keys: ['h', 'Ctrl+Shift+H'], does: 'Highlight the selected text' },
  { keys: ['Tab'], does: 'From the selected text, to its toolbar: Highlight, Add note, Copy quote' },
  { keys: ['Enter', 'Space'], does: 'Open a highlight from the sidebar to edit it' },
  { keys: ['←', '→'], does: 'Change the colour in a highlight’s editor' },
  { keys: ['Escape'], does: 'Close an editor or dialog, or clear the selection; in the reader, back to the library' },
  { keys: ['?'], does: 'Show these shortcuts' },
];

/**
 * The "Keyboard shortcuts" button for the header and the modal it opens; `?` opens it from anywhere
 * outside a text field. Escape or Close puts it away and focus goes back where it was.
 */
export function ShortcutsHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const onPageKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isHelpShortcut(event, isEditableTarget(event.target))) return;
      // Not over another modal (the export dialog): one at a time.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onPageKey);
    const unwire = wireModalDialog(el);
    return () => {
      window.removeEventListener('keydown', onPageKey);
      unwire();
    };
  }, []);

  function open() {
    const el = dialog.current;
    if (!el || el.open) return;
    showModalFrom(el);
  }

  return (
    <>
      <button type="button" className="shortcuts-button" aria-haspopup="dialog" title="Keyboard shortcuts (?)" onClick={open}>
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">Keyboard shortcuts</span>
      </button>
      <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby={titleId}>
        <div className="shortcuts-head">
          <h2 id={titleId}>Keyboard shortcuts</h2>
          <button type="button" className="shortcuts-close" aria-label="Close" onClick={() => dialog.current?.close()}>
            ×
          </button>
        </div>
        <dl className="shortcuts-list">
          {SHORTCUTS.map(({ keys, does }) => (
            <div key={does}>
              <dt>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && <span className="shortcuts-or"> or </span>}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{does}</dd>
            </div>
          ))}
        </dl>
      </dialog>
    </>
  );
}
