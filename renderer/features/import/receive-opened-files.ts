import { navigate } from '../../core/navigation';
import type { Platform } from '../../platform';
import { openFileInbox } from './desktop-import';

/**
 * Called once by renderer/main.tsx before React renders: main sends the documents Gloss was launched
 * with as soon as the page has loaded, and an event with no listener yet would be lost. Each goes to
 * the inbox and the Library is shown, whose import panel imports it exactly as if it had been added
 * there (same pipeline, progress, summary). Returns the unsubscribe function.
 */
export function receiveOpenedFiles(platform: Pick<Platform, 'onOpenFile'>): () => void {
  return platform.onOpenFile((request) => {
    openFileInbox.push(request);
    navigate({ name: 'library' });
  });
}
