import { useEffect, useRef, type RefObject } from 'react';
import { useCommands } from '../../core/use-command';

/**
 * Tab from the selected text goes to the selection toolbar, though the toolbar sits at the end of the
 * page (a portal, so it can float anywhere): a keyboard reader who selected a passage reaches
 * "Highlight", "Add note" and "Copy quote" in one keystroke. Shift+Tab from its first button, or Tab
 * from its last, goes back to the text; when the toolbar closes with focus in it, focus returns there.
 */
export function useToolbarTab(toolbar: RefObject<HTMLElement | null>, open: boolean): void {
  const opener = useRef<HTMLElement | null>(null);

  const buttonsOf = (bar: HTMLElement) => Array.from(bar.querySelectorAll<HTMLElement>('button'));
  useCommands(
    {
      // Tab from the text (or what holds it: the article, main, body; not the sidebar) to the first button.
      'toolbar.focus': (event) => {
        const bar = toolbar.current;
        const active = document.activeElement;
        const first = bar ? buttonsOf(bar)[0] : undefined;
        const anchor = document.getSelection()?.anchorNode;
        if (event.shiftKey || !bar || !first || !(active instanceof HTMLElement) || bar.contains(active) || !anchor || !active.contains(anchor)) return false;
        opener.current = active;
        first.focus();
        return true;
      },
      // Shift+Tab from the first button, or Tab from the last, back to the text.
      'toolbar.return': (event) => {
        const bar = toolbar.current;
        const active = document.activeElement;
        if (!bar || !(active instanceof HTMLElement) || !bar.contains(active) || !opener.current?.isConnected) return false;
        const buttons = buttonsOf(bar);
        if (active !== (event.shiftKey ? buttons[0] : buttons[buttons.length - 1])) return false;
        opener.current.focus({ preventScroll: true });
        return true;
      },
    },
    open,
  );

  useEffect(() => {
    if (!open) return;
    return () => {
      // Closing removed the focused button, which leaves focus on the body: put it back on the text.
      const to = opener.current;
      opener.current = null;
      if (to?.isConnected && (document.activeElement === null || document.activeElement === document.body)) to.focus({ preventScroll: true });
    };
  }, [open, toolbar]);
}
