import type { MouseEvent, ReactNode } from 'react';
import { MAIN_ID } from '../core/landmarks';
import { routeToHash } from '../core/route';
import { ShortcutsHelp } from './shortcuts-help';

/** Moves focus into the page's main region; a plain #main href would fight the hash router. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.getElementById(MAIN_ID);
  main?.focus();
  main?.scrollIntoView({ block: 'start' });
}

export function AppHeader({ skipLabel, current, children }: { skipLabel: string; current?: string; children: ReactNode }) {
  return (
    <header className="app-header">
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {skipLabel}
      </a>
      <a className="app-title" href={routeToHash({ name: 'library' })}>
        Gloss
      </a>
      <nav className="app-header-nav" aria-label="Sections">
        <a href={routeToHash({ name: 'notebook' })} aria-current={current === 'notebook' ? 'page' : undefined}>
          Notebook
        </a>
        <a href={routeToHash({ name: 'tags' })} aria-current={current === 'tags' ? 'page' : undefined}>
          Tags
        </a>
        <a href={routeToHash({ name: 'export' })} aria-current={current === 'export' ? 'page' : undefined}>
          Export
        </a>
      </nav>
      <div className="app-header-search">{children}</div>
      <ShortcutsHelp />
    </header>
  );
}
