import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLibraryMeta } from '../shared/library/library-files';
import { ARTICLE_TEXT_FILE, buildOutputs, LIBRARY_FILE, SEARCH_INDEX_FILE } from './build/build-outputs';
import { readSourceTree } from './build/read-sources';

const root = fileURLToPath(new URL('../', import.meta.url));
const shipped = (file: string) => readFile(join(root, 'resources/index', file));

// The app ships resources/index; if the corpus or the parser changed and nobody rebuilt it, fail here.
describe('the shipped index', () => {
  it('equals a fresh build of resources/corpus, byte for byte', async () => {
    const tree = await readSourceTree(join(root, 'resources/corpus'));
    if (!tree.ok) throw new Error(tree.error);
    const libraryText = (await shipped(LIBRARY_FILE)).toString('utf8');
    // builtAt comes from file times, which a git checkout resets; everything else must match exactly.
    const meta = parseLibraryMeta(libraryText);
    if (!meta.ok) throw new Error(`resources/index/library.json: ${meta.error} (run "npm run gloss -- build")`);
    const fresh = buildOutputs(tree.value.sources, meta.value.builtAt);
    expect(fresh.errors).toEqual([]);
    expect(tree.value.unreadable).toEqual([]);
    const stale = (file: string) => `resources/index/${file} is stale: run "npm run gloss -- build"`;
    expect(fresh.libraryJson === libraryText, stale(LIBRARY_FILE)).toBe(true);
    expect(Buffer.from(fresh.articleText).equals(await shipped(ARTICLE_TEXT_FILE)), stale(ARTICLE_TEXT_FILE)).toBe(true);
    expect(Buffer.from(fresh.searchIndex).equals(await shipped(SEARCH_INDEX_FILE)), stale(SEARCH_INDEX_FILE)).toBe(true);
  });
});
