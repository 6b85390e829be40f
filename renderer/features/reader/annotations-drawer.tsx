import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { isEditableTarget } from '../../core/key-dispatcher';

/** Up to here (64rem, 1024 px) the sidebar is a drawer; the same width as the media query in reader.css. */
export const NARROW_READER = '(max-width: 64rem)';

export interface AnnotationsDrawerProps {
  id: string;
  /** At narrow widths the sidebar is a drawer; wider, it is always shown beside the text. */
  narrow: boolean;
  open: boolean;
  /** Closes the drawer and gives focus back to its toggle. */
  onClose: () => void;
  children: ReactNode;
}

/**
 * The notes and highlights sidebar's place in the reader. Wide, a sticky column beside the text; at
 * ≤ 1024 px a drawer beside the text (not below the whole article, issue 12), opened by the toolbar's
 * toggle: focus goes into it on opening, and Escape closes it, with focus back on the toggle: the
 * reader's Escape (reader.back) closes an open drawer before it steps out or goes Back, and from a
 * text field in the drawer (where Escape is no command) this closes it after the field has had its say.
 */
export function AnnotationsDrawer({ id, narrow, open, onClose, children }: AnnotationsDrawerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = !narrow || open;
  const isDrawer = narrow && open;

  useEffect(() => {
    if (isDrawer) ref.current?.focus({ preventScroll: true });
  }, [isDrawer]);

  // Keys in a text field are not commands (see core/keymap.ts), but Escape there should still close
  // the drawer; what is inside (the tags field clearing its text, an editor) has had its say first.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!isDrawer || e.key !== 'Escape' || e.defaultPrevented || !isEditableTarget(e.target)) return;
    e.preventDefault();
    onClose();
  };

  return (
    <div ref={ref} id={id} className={isDrawer ? 'annotations-drawer is-open' : 'annotations-drawer'} hidden={!shown} tabIndex={-1} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
