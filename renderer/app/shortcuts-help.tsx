import { useEffect, useId, useRef } from 'react';
import { showModalFrom, wireModalDialog } from '../dom/focus-trap';
import { helpRows } from '../core/keymap';
import { useCommand } from '../core/use-command';
import { QuerySyntax } from '../features/search';

/** What the keys do, in the words a reader would look for: generated from the keymap, so it cannot drift. */
const SHORTCUTS = helpRows();

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
    return wireModalDialog(el);
  }, []);

  useCommand('help.show', () => {
    // Not over another modal (the export dialog): one at a time.
    if (document.querySelector('dialog[open]')) return false;
    open();
    return true;
  });

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
        <QuerySyntax headingLevel={3} />
      </dialog>
    </>
  );
}
