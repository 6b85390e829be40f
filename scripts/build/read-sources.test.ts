import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSourceTree } from './read-sources';

let root: string;
const latin = (s: string) => Buffer.from([...s].map((c) => c.charCodeAt(0)));

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'gloss-sources-'));
  const outside = await mkdtemp(join(tmpdir(), 'gloss-outside-'));
  await mkdir(join(root, 'a'));
  await writeFile(join(root, 'a/cafe.txt'), latin('Caf\xe9 society\n\nThe caf\xe9\x92s regulars were na\xefve about r\xe9sum\xe9s and cr\xe8me br\xfbl\xe9e.\n'));
  await writeFile(join(root, 'a/utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Wide title\n\nWide body text.\n', 'utf16le')]));
  await writeFile(join(root, 'a/nul.md'), '# Damaged\n\nFirst.\n\nSec\u0000ond.\n');
  await writeFile(join(outside, 'linked.txt'), 'Linked title\n\nLinked body.\n');
  await symlink(join(outside, 'linked.txt'), join(root, 'a/link.txt'));
  await symlink(join(root, 'a'), join(root, 'a/loop'));
  await symlink(join(root, 'missing.txt'), join(root, 'broken.txt'));
  afterAll(() => Promise.all([rm(root, { recursive: true, force: true }), rm(outside, { recursive: true, force: true })]));
});

describe('readSourceTree', () => {
  it('decodes each file in its own encoding', async () => {
    const tree = await readSourceTree(root);
    if (!tree.ok) throw new Error(tree.error);
    const text = (file: string) => tree.value.sources.find((s) => s.file === file)?.text;
    expect(text('a/cafe.txt')).toBe('Café society\n\nThe café’s regulars were naïve about résumés and crème brûlée.\n');
    expect(text('a/utf16.txt')).toBe('Wide title\n\nWide body text.\n');
    expect(text('a/nul.md')).toBe('# Damaged\n\nFirst.\n\nSecond.\n');
    expect(tree.value.warnings).toContainEqual({ file: 'a/nul.md', reason: '1 NUL character removed on line 5' });
  });

  it('follows symbolic links, refuses a cycle and reports a broken link', async () => {
    const tree = await readSourceTree(root);
    if (!tree.ok) throw new Error(tree.error);
    expect(tree.value.sources.map((s) => s.file)).toEqual(['a/cafe.txt', 'a/link.txt', 'a/nul.md', 'a/utf16.txt']);
    expect(tree.value.warnings).toContainEqual({ file: 'a/loop', reason: 'links back to a folder already read (a cycle); not read twice' });
    expect(tree.value.unreadable).toEqual([{ file: 'broken.txt', reason: 'is a symbolic link to nothing (its target does not exist)' }]);
  });
});
