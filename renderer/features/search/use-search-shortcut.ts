import { useEffect, type RefObject } from 'react';
import { isEditableTarget, isSearchShortcut } from '../../app/keys';

/** `/` or Ctrl/Cmd+K from anywhere focuses (and selects) the searchbox. */
export function useSearchShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isSearchShortcut(event, isEditableTarget(event.target))) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [input]);
}
