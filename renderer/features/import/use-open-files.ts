import { useEffect } from 'react';
import { navigate } from '../../core/navigation';
import { usePlatform } from '../../core/platform-context';
import { openFileInbox } from './desktop-import';

/**
 * Mounted once at the app's root: a document the OS opens with Gloss goes to the Library, whose
 * import panel imports it exactly as if it had been added there (same pipeline, progress, summary).
 */
export function useOpenFiles(): void {
  const platform = usePlatform();
  useEffect(
    () =>
      platform.onOpenFile((request) => {
        openFileInbox.push(request);
        navigate({ name: 'library' });
      }),
    [platform],
  );
}
