import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Library } from '../shared/model/article';
import { buildOutputs, LIBRARY_FILE, SEARCH_INDEX_FILE } from './build/build-outputs';
import { readSourceTree } from './build/read-sources';

const root = fileURLToPath(new URL('../', import.meta.url));
const shipped = (file: string) => readFile(join(root, 'resources/index', file), 'utf8');

// The app ships resources/index; if the corpus or the parser changed and nobody rebuilt it, fail here.
describe('the shipped index', () => {
  it('equals a fresh build of resources/corpus, byte for byte', async () => {
    const tree = await readSourceTree(join(root, 'resources/corpus'));
    if (!tree.ok) throw new Error(tree.error);
    const libraryText = await shipped(LIBRARY_FILE);
    // builtAt comes from file times, which a git checkout resets; everything else must match exactly.
    const { builtAt } = JSON.parse(libraryText) as Library;
    const fresh = buildOutputs(tree.value.sources, builtAt);
    expect(fresh.errors).toEqual([]);
    expect(tree.value.unreadable).toEqual([]);
    expect(fresh.libraryJson === libraryText, 'resources/index/library.json is stale: run "npm run gloss -- build"').toBe(true);
    expect(fresh.searchIndexJson === (await shipped(SEARCH_INDEX_FILE)), 'resources/index/search-index.json is stale: run "npm run gloss -- build"').toBe(true);
  });
});
