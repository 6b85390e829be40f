import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOutputs } from '../build/build-outputs';
import { readSourceTree } from '../build/read-sources';
import { buildCorpus } from '../../shared/corpus';
const rss = (l: string) => console.log(l, Math.round(process.memoryUsage().rss/1e6), 'heap', Math.round(process.memoryUsage().heapUsed/1e6), 'max', Math.round(process.resourceUsage().maxRSS/1024));
const seed = readFileSync('/work/wt/h8e/resources/corpus/000_8a7174939e31e350.txt', 'utf8');
const prose = seed.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 200);
const wrap = (p: string) => p.replace(/(.{1,72})(\s+|$)/g, '$1\n').trim();
const parts = ['A very large plain-text source\n']; let size = 0;
for (let i = 0; size < 20e6; i++) { const p = wrap(`${i}. ${prose[i % prose.length]!}`); parts.push(p); size += p.length + 2; }
const dir = mkdtempSync(join(tmpdir(), 'glt-')); mkdirSync(join(dir, 'src'));
writeFileSync(join(dir, 'src/large.txt'), parts.join('\n\n')); parts.length = 0;
(async () => {
  rss('start');
  const tree = await readSourceTree(join(dir, 'src'));
  if (!tree.ok) throw new Error();
  rss('tree');
  buildCorpus(tree.value.sources); rss('corpus');
  buildOutputs(tree.value.sources, ''); rss('outputs');
})();
