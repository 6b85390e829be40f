import { useId, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';

export interface ToolbarDisclosureProps {
  /** The button's text (its accessible name). */
  label: string;
  className: string;
  /** Where focus goes when it opens: the first element in the panel matching one of these, in turn. */
  focusFirst?: readonly string[];
  children: (close: () => void) => ReactNode;
}

/**
 * A toolbar button that shows a panel under it (the table of contents, the display settings):
 * aria-expanded on the button, focus into the panel on opening, Escape closes it with focus back on
 * the button (and is marked handled, so the reader's Escape does not also go Back), and focus leaving
 * both closes it. Non-modal: the article stays usable.
 */
export function ToolbarDisclosure({ label, className, focusFirst = ['button, input, select'], children }: ToolbarDisclosureProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  const close = () => setOpen(false);
  const onKeyDown = (e: KeyboardEvent) => {
    if (!open || e.key !== 'Escape' || e.defaultPrevented) return;
    e.stopPropagation();
    e.preventDefault();
    setOpen(false);
    button.current?.focus({ preventScroll: true });
  };
  const onBlur = (e: FocusEvent) => {
    const to = e.relatedTarget;
    if (to instanceof Node && e.currentTarget.contains(to)) return;
    setOpen(false);
  };

  return (
    <div className={`toolbar-disclosure ${className}`} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o);
          requestAnimationFrame(() => {
            const box = panel.current;
            if (!box || box.hidden) return;
            for (const selector of focusFirst) {
              const target = box.querySelector<HTMLElement>(selector);
              if (target) return target.focus({ preventScroll: true });
            }
          });
        }}
      >
        {label}
      </button>
      <div ref={panel} id={panelId} className="toolbar-panel" hidden={!open}>
        {children(close)}
      </div>
    </div>
  );
}
