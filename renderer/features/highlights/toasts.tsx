import { createPortal } from 'react-dom';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
  action?: { label: string; run: () => void };
}

export type Notify = (toast: Omit<Toast, 'id'>) => void;

// Long enough to reach an Undo button after reading the message; errors stay until dismissed.
const INFO_MS = 8000;

export function useToasts(): { toasts: Toast[]; notify: Notify; dismiss: (id: number) => void } {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((t) => t.id !== id));
    const timer = timers.current.get(id);
    if (timer !== undefined) clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const notify = useCallback<Notify>(
    (toast) => {
      const id = next.current++;
      // One undo at a time: a newer action replaces an older info toast rather than stacking up.
      setToasts((list) => [...list.filter((t) => t.kind === 'error'), { ...toast, id }]);
      if (toast.kind === 'info') timers.current.set(id, setTimeout(() => dismiss(id), INFO_MS));
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((t) => clearTimeout(t));
  }, []);

  return { toasts, notify, dismiss };
}

export function Toasts({ toasts, dismiss }: { toasts: Toast[]; dismiss: (id: number) => void }) {
  return createPortal(
    <div className="hl-toasts" role="region" aria-label="Notifications">
      <div role="status" aria-live="polite">
        {toasts
          .filter((t) => t.kind === 'info')
          .map((t) => (
            <ToastView key={t.id} toast={t} dismiss={dismiss} />
          ))}
      </div>
      <div role="alert" aria-live="assertive">
        {toasts
          .filter((t) => t.kind === 'error')
          .map((t) => (
            <ToastView key={t.id} toast={t} dismiss={dismiss} />
          ))}
      </div>
    </div>,
    document.body,
  );
}

function ToastView({ toast, dismiss }: { toast: Toast; dismiss: (id: number) => void }) {
  return (
    <div className={`hl-toast hl-toast-${toast.kind}`}>
      <span>{toast.message}</span>
      {toast.action && (
        <button
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
