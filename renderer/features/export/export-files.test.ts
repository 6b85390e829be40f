import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { exportFileName } from '../../../shared/export/markdown/file-name';
import { readBlockQuotes } from '../../../shared/export/test-support/read-markdown';
import { combinedMarkdown, planExport } from './export-files';
import { gatherExport } from './export-scope';
import { article, highlight, note } from './testing/fixtures';

const articles = [article('a1', 'Iraq’s protests'), article('a2', 'A second *article*')];
const records = {
  highlights: [highlight('h1', 'a1', 10, 'setting fire to the posters', ['Iraq']), highlight('h2', 'a2', 0, '# not a heading')],
  notes: [note('n1', 'a1', 'h1', 'Compare with 2019.')],
};
const all = gatherExport({ kind: 'all' }, records, articles).groups;
const one = gatherExport({ kind: 'article', articleId: 'a1' }, records, articles).groups;

function frontMatterOf(markdown: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!m) throw new Error('no front matter');
  return parseYaml(m[1]!) as Record<string, unknown>;
}

describe('planExport', () => {
  it('saves one article as one file under its stable name', () => {
    const plan = planExport(one, { template: 'default', layout: 'one-file' });
    expect(plan?.kind).toBe('file');
    if (plan?.kind !== 'file') return;
    expect(plan.file.name).toBe(exportFileName(articles[0]!));
    expect(frontMatterOf(plan.file.content)).toMatchObject({ title: 'Iraq’s protests', gloss: 'a1' });
    // No export time: re-exporting an unchanged article writes the same bytes (issue 12).
    expect(frontMatterOf(plan.file.content)).not.toHaveProperty('exported');
    expect(readBlockQuotes(plan.file.content).map((q) => q.text)).toEqual(['setting fire to the posters']);
    expect(plan.file.content).toContain('Compare with 2019.');
    expect(plan.file.content).toContain('#Iraq');
    expect(plan.file.content).toContain('gloss://article/a1#highlight=h1');
  });

  it('puts several articles into gloss-notes.md with one front matter listing them', () => {
    const plan = planExport(all, { template: 'default', layout: 'one-file' });
    if (plan?.kind !== 'file') throw new Error('expected one file');
    expect(plan.file.name).toBe('gloss-notes.md');
    expect(plan.file.content.match(/^---$/gm)).toHaveLength(2);
    expect(frontMatterOf(plan.file.content).articles).toMatchObject([
      { title: 'Iraq’s protests', gloss: 'a1' },
      { title: 'A second *article*', gloss: 'a2' },
    ]);
    expect(readBlockQuotes(plan.file.content).map((q) => q.text)).toEqual(['setting fire to the posters', '# not a heading']);
  });

  it('writes one file per article, each with its own front matter, for a folder', () => {
    const plan = planExport(all, { template: 'default', layout: 'per-article' });
    if (plan?.kind !== 'folder') throw new Error('expected a folder');
    expect(plan.files.map((f) => f.name)).toEqual(articles.map(exportFileName));
    expect(plan.files.map((f) => frontMatterOf(f.content).gloss)).toEqual(['a1', 'a2']);
  });

  it('keeps a single article a folder export when the folder layout is chosen (re-export replaces the file)', () => {
    const plan = planExport(one, { template: 'callout', layout: 'per-article' });
    expect(plan?.kind).toBe('folder');
    if (plan?.kind === 'folder') expect(plan.files[0]!.content).toContain('> [!quote] yellow');
  });

  it('leaves out front matter and links in the plain template', () => {
    const plan = planExport(one, { template: 'plain', layout: 'one-file' });
    if (plan?.kind !== 'file') throw new Error('expected one file');
    expect(plan.file.content.startsWith('# ')).toBe(true);
    expect(plan.file.content).not.toContain('gloss://');
  });

  it('plans nothing when nothing is in scope', () => {
    expect(planExport([], { template: 'default', layout: 'one-file' })).toBeNull();
  });

  it('copies the same text a one-file save writes', () => {
    const plan = planExport(all, { template: 'default', layout: 'one-file' });
    expect(plan?.kind === 'file' && plan.file.content).toBe(combinedMarkdown(all, { template: 'default' }));
  });
});
