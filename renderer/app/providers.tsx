import type { ReactNode } from 'react';
import { DbProvider, type GlossDb } from '../db';
import type { Platform } from '../platform';
import { ApplySettings } from './apply-settings';
import { CorpusProvider } from '../core/corpus-context';
import { PlatformProvider } from '../core/platform-context';

/** Everything the features read from above: the host, the database, the reader's settings, the corpus. */
export function Providers({ platform, db, children }: { platform: Platform; db: GlossDb; children: ReactNode }) {
  return (
    <PlatformProvider platform={platform}>
      <DbProvider db={db}>
        <ApplySettings>
          <CorpusProvider>{children}</CorpusProvider>
        </ApplySettings>
      </DbProvider>
    </PlatformProvider>
  );
}
