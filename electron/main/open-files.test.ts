import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromArgv, isImportable } from './open-files';

describe('documents on the command line', () => {
  it('knows the importable kinds, in any letter case', () => {
    expect(['a.html', 'a.HTM', 'b.md', 'c.markdown', 'd.EPUB', 'e.pdf'].every(isImportable)).toBe(true);
    expect(['a.txt', 'a.exe', 'README', 'a.md.sh'].some(isImportable)).toBe(false);
  });

  it('takes existing importable files, resolving relative ones against the launch folder', () => {
    const existing = new Set(['/docs/report.pdf', resolve('/home/me', 'notes.md')]);
    const argv = ['/opt/Gloss/gloss', '--no-sandbox', 'notes.md', '/docs/report.pdf', '/docs/missing.epub', 'gloss://article/x', '/docs/report.pdf', 'run.sh'];
    expect(filesFromArgv(argv, '/home/me', (p) => existing.has(p))).toEqual([resolve('/home/me', 'notes.md'), '/docs/report.pdf']);
  });

  it('never treats the executable (argv[0]) as a document', () => {
    expect(filesFromArgv(['/tmp/weird.md'], '/', () => true)).toEqual([]);
  });
});
