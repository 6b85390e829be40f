import { useEffect } from 'react';
import { isEditableTarget, readerKeyAction, type ReaderKeyAction } from '../../app/keys';

export function useReaderKeys(handlers: Record<ReaderKeyAction, () => void>): void {
  const { 'next-match': next, 'previous-match': previous, 'back-to-library': back } = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = readerKeyAction(event, isEditableTarget(event.target));
      if (!action) return;
      event.preventDefault();
      ({ 'next-match': next, 'previous-match': previous, 'back-to-library': back })[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous, back]);
}
