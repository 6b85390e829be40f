import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import { prepareCorpus, type Corpus } from './prepare-corpus';
import { usePlatform } from './platform-context';
import { errorText } from '../../shared/model/error-text';

export type CorpusState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; corpus: Corpus };

const CorpusContext = createContext<Corpus | null>(null);

function CorpusStatus({ state }: { state: Exclude<CorpusState, { status: 'ready' }> }) {
  if (state.status === 'loading') {
    return (
      <main className="status" aria-busy="true">
        <p role="status">Loading the library…</p>
      </main>
    );
  }
  return (
    <main className="status">
      <h1>The library could not be opened</h1>
      <p role="alert">{state.message}</p>
    </main>
  );
}

/** Loads the corpus once from the platform; shows progress or the failure instead of the app until it is ready. */
export function CorpusProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const [state, setState] = useState<CorpusState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    platform
      .loadCorpus()
      .then((loaded) => {
        if (!live) return;
        const prepared = loaded.ok ? prepareCorpus(loaded.value) : loaded;
        setState(prepared.ok ? { status: 'ready', corpus: prepared.value } : { status: 'error', message: prepared.error });
      })
      .catch((e: unknown) => {
        if (live) setState({ status: 'error', message: `The library could not be loaded: ${errorText(e)}` });
      });
    return () => {
      live = false;
    };
  }, [platform]);

  if (state.status !== 'ready') return <CorpusStatus state={state} />;
  return <CorpusContext value={state.corpus}>{children}</CorpusContext>;
}

export function useCorpus(): Corpus {
  const corpus = use(CorpusContext);
  if (!corpus) throw new Error('useCorpus() needs a <CorpusProvider> above it.');
  return corpus;
}
