import { useEffect } from 'react';
import { useCorpus } from '../core/corpus-context';
import { usePlatform } from '../core/platform-context';
import { useDb } from '../db';

/** After start-up settles: the backup reads the whole store, which the first paint should not wait for. */
const FIRST_CHECK_MS = 5_000;
/** Checked hourly, so an app left open over midnight still makes the new day's backup. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * The desktop app's daily automatic backup (electron/main/auto-backup.ts keeps the newest 7). The
 * export feature, which holds the backup code, is loaded only here and only on a host that keeps
 * automatic backups, so the browser and the first paint never pay for it.
 */
export function useAutomaticBackups(): void {
  const platform = usePlatform();
  const db = useDb();
  const { articles } = useCorpus();
  useEffect(() => {
    const automatic = platform.automaticBackups;
    if (automatic === null) return;
    let stopped = false;
    const check = async () => {
      const { runAutomaticBackup } = await import('../features/export');
      if (stopped) return;
      const result = await runAutomaticBackup({ db, articles, now: () => new Date() }, automatic);
      // Not a toast: the reader did not ask for it, and the Export page lists the backups there are.
      if (result && !result.ok) console.error(`[gloss] ${result.error}`);
    };
    const first = setTimeout(() => void check(), FIRST_CHECK_MS);
    const every = setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
    };
  }, [platform, db, articles]);
}
