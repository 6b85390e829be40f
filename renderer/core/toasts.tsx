import { createPortal } from 'react-dom';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { MAIN_ID } from './landmarks';
import { addToast, type Toast } from './toast-queue';

export type { Toast };

export type Notify = (toast: Omit<Toast, 'id'>) => void;

// Long enough to reach an Undo button after reading the message; errors stay until dismissed.
// The clock stops while the pointer or focus is on the toast (WCAG 2.2.1: enough time).
const INFO_MS = 8000;

export interface ToastsState {
  toasts: Toast[];
  notify: Notify;
  dismiss: (id: number) => void;
  /** Stops (true) or restarts (false) an info toast's clock. */
  hold: (id: number, held: boolean) => void;
}

export function useToasts(): ToastsState {
  const [toasts, setToasts] = useState<Toast[]>([]);
  // The list as last set, read synchronously: notify() must know which toasts (and clocks) it replaces.
  const shown = useRef<Toast[]>([]);
  const show = useCallback((list: Toast[]) => {
    shown.current = list;
    setToasts(list);
  }, []);
  const next = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const stopClock = useCallback((id: number) => {
    const timer = timers.current.get(id);
    if (timer !== undefined) clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const dismiss = useCallback(
    (id: number) => {
      show(shown.current.filter((t) => t.id !== id));
      stopClock(id);
    },
    [show, stopClock],
  );

  const startClock = useCallback(
    (id: number) => {
      stopClock(id);
      timers.current.set(id, setTimeout(() => dismiss(id), INFO_MS));
    },
    [stopClock, dismiss],
  );

  const notify = useCallback<Notify>(
    (toast) => {
      const id = next.current++;
      const list = addToast(shown.current, { ...toast, id });
      // A replaced toast takes its clock with it.
      for (const t of shown.current) if (!list.includes(t)) stopClock(t.id);
      show(list);
      if (toast.kind === 'info') startClock(id);
    },
    [show, stopClock, startClock],
  );

  const hold = useCallback(
    (id: number, held: boolean) => {
      if (held) stopClock(id);
      else startClock(id);
    },
    [stopClock, startClock],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((t) => clearTimeout(t));
  }, []);

  return { toasts, notify, dismiss, hold };
}

type ToastsProps = Pick<ToastsState, 'toasts' | 'dismiss' | 'hold'>;

export function Toasts({ toasts, dismiss, hold }: ToastsProps) {
  const ofKind = (kind: Toast['kind']) =>
    toasts.filter((t) => t.kind === kind).map((t) => <ToastView key={t.id} toast={t} dismiss={dismiss} hold={hold} />);
  // Both live regions stay mounted: a region inserted together with its text is often not announced.
  return createPortal(
    <div className="hl-toasts" role="region" aria-label="Notifications">
      <div role="status" aria-live="polite">
        {ofKind('info')}
      </div>
      <div role="alert" aria-live="assertive">
        {ofKind('error')}
      </div>
    </div>,
    document.body,
  );
}

function ToastView({ toast, dismiss, hold }: { toast: Toast } & Pick<ToastsProps, 'dismiss' | 'hold'>) {
  const box = useRef<HTMLDivElement>(null);
  const actionButton = useRef<HTMLButtonElement>(null);
  const timed = toast.kind === 'info';

  useEffect(() => {
    if (toast.takeFocus) actionButton.current?.focus();
  }, [toast.takeFocus]);

  // A toast that goes (dismissed, undone, timed out) while it has focus hands focus back to the
  // page's main region, not to <body>, where the next Tab would start from the top of the window.
  useLayoutEffect(() => {
    const el = box.current;
    return () => {
      if (el?.contains(document.activeElement)) document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
    };
  }, []);

  return (
    <div
      ref={box}
      className={`hl-toast hl-toast-${toast.kind}`}
      onFocus={timed ? () => hold(toast.id, true) : undefined}
      onBlur={timed ? (e) => !e.currentTarget.contains(e.relatedTarget) && hold(toast.id, false) : undefined}
      onMouseEnter={timed ? () => hold(toast.id, true) : undefined}
      onMouseLeave={timed ? (e) => !e.currentTarget.contains(document.activeElement) && hold(toast.id, false) : undefined}
    >
      <span>{toast.message}</span>
      {toast.action && (
        <button
          ref={actionButton}
          type="button"
          onClick={() => {
            dismiss(toast.id);
            toast.action!.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="hl-toast-close" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}
