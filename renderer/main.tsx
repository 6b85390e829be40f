import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { Providers } from './app/providers';
import { receiveOpenedFiles } from './features/import';
import { openGlossDb, purgeExpiredTombstones, requestPersistentStorage } from './db';
import { getPlatform } from './platform';
import './styles/base.css';
import './styles/header.css';
import './styles/library.css';
import './styles/search.css';
import './styles/reader.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

// The reader restores its own position (as a fraction, per article); the browser's would fight it.
window.history.scrollRestoration = 'manual';

const db = openGlossDb();
void requestPersistentStorage();
// Deletes are remembered for TOMBSTONE_MAX_AGE_DAYS (shared/model/sync.ts), then forgotten.
void purgeExpiredTombstones(db, new Date()).catch((e: unknown) => console.error('[gloss] purging old tombstones failed', e));

const platform = getPlatform();
// Before the first render: documents the app was launched with arrive as soon as the page loads.
receiveOpenedFiles(platform);

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <Providers platform={platform} db={db}>
        <App />
      </Providers>
    </ErrorBoundary>
  </StrictMode>,
);
