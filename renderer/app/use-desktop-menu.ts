import { useEffect } from 'react';
import { menuCommands } from '../core/commands';
import { isCommandId } from '../core/keymap';
import { usePlatform } from '../core/platform-context';
import { appKeyDispatcher } from '../core/use-command';

/**
 * Keeps the desktop menu in step with the keymap: the commands, their keys, and which apply now
 * (those some mounted component handles) go to the host whenever that changes; a menu click runs
 * the command through the same dispatcher as its key. (A browser host has no menu and ignores both.)
 */
export function useDesktopMenu(): void {
  const platform = usePlatform();
  useEffect(() => {
    const keys = appKeyDispatcher();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Components mount and unmount in bursts (a route change): send the settled state once.
    const send = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void platform.setMenu(menuCommands(keys.available())), 30);
    };
    const offChanges = keys.subscribe(send);
    send();
    const offClicks = platform.onMenuCommand((id) => {
      if (isCommandId(id)) keys.run(id);
    });
    return () => {
      clearTimeout(timer);
      offChanges();
      offClicks();
    };
  }, [platform]);
}
