import { createSearcher } from '../../shared/search/search';
import { formatResults } from './format-results';
import type { CliIo } from './io';
import { loadIndex } from './load-index';

export async function searchCommand(options: { query: string; index: string; json: boolean; limit: number }, io: CliIo): Promise<number> {
  const loaded = await loadIndex(options.index);
  if (!loaded.ok) {
    io.err(`${loaded.error}\n`);
    return 1;
  }
  const searcher = createSearcher(loaded.value.library, loaded.value.index);
  if (searcher.problem !== null) {
    io.err(`The search index in ${options.index} cannot be used: ${searcher.problem} Rebuild it with "npm run gloss -- build".\n`);
    return 1;
  }
  const { results, message, total, totalIsExact } = searcher.search(options.query, { limit: options.limit });
  if (options.json) {
    io.out(`${JSON.stringify({ query: options.query, total, totalIsExact, results, message }, null, 2)}\n`);
    return 0;
  }
  if (message) io.err(`${message}\n`);
  if (results.length === 0) io.out(`No results for "${options.query}".\n`);
  else {
    const count = `${totalIsExact ? '' : 'at least '}${total} match${total === 1 ? '' : 'es'}`;
    io.out(`${formatResults(results, io.color)}\n${count}${results.length < total ? `, showing the first ${results.length} (--limit N for more)` : ''}\n`);
  }
  return 0;
}
