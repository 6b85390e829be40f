/**
 * The reader's settings as the controls should show them: the stored ones, with each change shown at
 * once, before its write to the database has come back through the live query. Without this, a
 * second key press on a slider (ArrowRight, ArrowRight…) arrives while the control still shows the
 * old stored value, so it steps from that value again and presses are lost.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { isStorageError, normaliseSetting, setSetting, useDb, useSettings, type SettingKey, type Settings } from '../../db';

export interface PendingSettings {
  /** The settings to show (undefined while the first read is in flight). */
  shown: Settings | undefined;
  save(key: SettingKey, value: unknown): void;
  error: string | null;
}

/**
 * A change not yet seen in the stored settings. Once its write is done it is shown only until the
 * live query reads again (`settledOn` is the stored object at that moment): that read includes it,
 * and from then on the stored value wins, so a change made in another window is not masked.
 */
interface Pending {
  value: Settings[SettingKey];
  settled: boolean;
  settledOn?: Settings;
}

export function usePendingSettings(): PendingSettings {
  const db = useDb();
  const stored = useSettings();
  const latest = useRef(stored);
  useEffect(() => {
    latest.current = stored;
  }, [stored]);
  const [pending, setPending] = useState<Partial<Record<SettingKey, Pending>>>({});
  const [error, setError] = useState<string | null>(null);

  const save = useCallback(
    (key: SettingKey, value: unknown) => {
      let clean: Settings[SettingKey];
      try {
        clean = normaliseSetting(key, value);
      } catch (e) {
        setError(isStorageError(e) ? e.message : 'The setting could not be saved.');
        return;
      }
      const mine: Pending = { value: clean, settled: false };
      setPending((p) => ({ ...p, [key]: mine }));
      // Only this change's own entry is updated: a later press has replaced it and will settle itself.
      const settle = (next: (p: Partial<Record<SettingKey, Pending>>) => Partial<Record<SettingKey, Pending>>) =>
        setPending((p) => (p[key] === mine ? next(p) : p));
      setSetting(db, key, clean).then(
        () => {
          setError(null);
          settle((p) => ({ ...p, [key]: { ...mine, settled: true, settledOn: latest.current } }));
        },
        (e: unknown) => {
          // Not stored: show what is stored again, and say why.
          settle((p) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== key)));
          setError(isStorageError(e) ? e.message : 'The setting could not be saved.');
        },
      );
    },
    [db],
  );

  if (!stored) return { shown: undefined, save, error };
  const live = Object.entries(pending).filter(([, e]) => e && (!e.settled || e.settledOn === stored));
  return { shown: live.length === 0 ? stored : { ...stored, ...Object.fromEntries(live.map(([k, e]) => [k, e!.value])) }, save, error };
}
