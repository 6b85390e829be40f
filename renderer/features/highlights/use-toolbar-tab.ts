import { useEffect, useRef, type RefObject } from 'react';

/**
 * Tab from the selected text goes to the selection toolbar, though the toolbar sits at the end of the
 * page (a portal, so it can float anywhere): a keyboard reader who selected a passage reaches
 * "Highlight", "Add note" and "Copy quote" in one keystroke. Shift+Tab from its first button, or Tab
 * from its last, goes back to the text; when the toolbar closes with focus in it, focus returns there.
 */
export function useToolbarTab(toolbar: RefObject<HTMLElement | null>, open: boolean): void {
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!open) return;
    const back = (event: KeyboardEvent) => {
      if (!opener.current?.isConnected) return;
      event.preventDefault();
      opener.current.focus({ preventScroll: true });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const bar = toolbar.current;
      if (!bar || event.defaultPrevented || event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
      const active = document.activeElement;
      const buttons = Array.from(bar.querySelectorAll<HTMLElement>('button'));
      if (active instanceof HTMLElement && bar.contains(active)) {
        if (event.shiftKey ? active === buttons[0] : active === buttons[buttons.length - 1]) back(event);
        return;
      }
      // Only from the text itself or what holds it (the article, main, body), not from the sidebar.
      const anchor = document.getSelection()?.anchorNode;
      if (event.shiftKey || !(active instanceof HTMLElement) || !anchor || !active.contains(anchor) || !buttons[0]) return;
      event.preventDefault();
      opener.current = active;
      buttons[0].focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      // Closing removed the focused button, which leaves focus on the body: put it back on the text.
      const to = opener.current;
      opener.current = null;
      if (to?.isConnected && (document.activeElement === null || document.activeElement === document.body)) to.focus({ preventScroll: true });
    };
  }, [open, toolbar]);
}
