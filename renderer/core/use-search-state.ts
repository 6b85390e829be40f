import { useSyncExternalStore } from 'react';
import type { SearchClient, SearchState } from './search-client';

/** Whether search is still preparing (the index loading in its worker), ready, or failed. */
export function useSearchState(client: SearchClient): SearchState {
  return useSyncExternalStore(client.subscribe, client.getState, client.getState);
}
