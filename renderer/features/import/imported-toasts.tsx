import { createContext, use, type ReactNode } from 'react';
import { Toasts, useToasts, type Notify } from '../../core/toasts';

const NotifyContext = createContext<Notify | null>(null);

/**
 * Toasts that outlive the page they were raised on: removing an article leaves its reader for the
 * library, and the Undo must still be there. Mounted once, around the app's pages.
 */
export function ImportedArticlesToasts({ children }: { children: ReactNode }) {
  const { toasts, notify, dismiss, hold } = useToasts();
  return (
    <NotifyContext value={notify}>
      {children}
      <Toasts toasts={toasts} dismiss={dismiss} hold={hold} />
    </NotifyContext>
  );
}

export function useImportNotify(): Notify {
  const notify = use(NotifyContext);
  if (!notify) throw new Error('useImportNotify() needs an <ImportedArticlesToasts> above it.');
  return notify;
}
