import { loadIndex } from '../cli/load-index';
import { createSearcher } from '../../shared/search/search';
(async () => {
  const loaded = await loadIndex(process.argv[2]!);
  if (!loaded.ok) throw new Error(loaded.error);
  const s = createSearcher(loaded.value.library, loaded.value.index);
  const qs = process.argv.slice(3);
  for (const q of qs) s.search(q, { limit: 20 });
  const a = performance.now(); const c0 = process.cpuUsage();
  for (let i = 0; i < 200; i++) for (const q of qs) s.search(q, { limit: 20 });
  const c = process.cpuUsage(c0); console.log(((performance.now() - a) / 200 / qs.length).toFixed(2), "ms wall avg", ((c.user + c.system) / 1000 / 200 / qs.length).toFixed(2), "ms cpu avg");
})();
