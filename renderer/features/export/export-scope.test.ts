import { describe, expect, it } from 'vitest';
import { countGathered, gatherExport } from './export-scope';
import { article, highlight, note } from './testing/fixtures';

const articles = [article('a1', 'First'), article('a2', 'Second'), article('a3', 'Third')];
const highlights = [
  highlight('h3', 'a1', 300),
  highlight('h1', 'a1', 10),
  highlight('h2', 'a2', 50),
  highlight('h9', 'gone', 5),
];
const notes = [
  note('n1', 'a1', 'h1', 'on h1'),
  note('n2', 'a1', null, 'about a1'),
  note('n3', 'a2', 'h2', 'on h2'),
  note('n4', 'a3', null, 'only an article note'),
  note('n5', 'a2', null, '   '),
];
const records = { highlights, notes };
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('gatherExport', () => {
  it('takes one article with its highlights in document order and all its notes', () => {
    const { groups, missingArticleIds } = gatherExport({ kind: 'article', articleId: 'a1' }, records, articles);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.article.id).toBe('a1');
    expect(ids(groups[0]!.highlights)).toEqual(['h1', 'h3']);
    expect(ids(groups[0]!.notes).sort()).toEqual(['n1', 'n2']);
    expect(missingArticleIds).toEqual([]);
  });

  it('gives nothing for an article without highlights or non-blank notes', () => {
    const bare = gatherExport({ kind: 'article', articleId: 'a2' }, { highlights: [], notes: [notes[4]!] }, articles);
    expect(bare.groups).toEqual([]);
  });

  it('exports an article that has only an article-level note', () => {
    const { groups } = gatherExport({ kind: 'article', articleId: 'a3' }, records, articles);
    expect(groups.map((g) => [g.article.id, ids(g.highlights), ids(g.notes)])).toEqual([['a3', [], ['n4']]]);
  });

  it('takes a selection: only the chosen highlights with their notes, in library order', () => {
    const { groups } = gatherExport({ kind: 'highlights', highlightIds: ['h2', 'h3'] }, records, articles);
    expect(groups.map((g) => [g.article.id, ids(g.highlights), ids(g.notes)])).toEqual([
      ['a1', ['h3'], []],
      ['a2', ['h2'], ['n3']],
    ]);
  });

  it('adds the article-level notes a selection names, even of articles with no selected highlight', () => {
    const { groups } = gatherExport({ kind: 'highlights', highlightIds: ['h1'], noteIds: ['n2', 'n4'] }, records, articles);
    expect(groups.map((g) => [g.article.id, ids(g.highlights), ids(g.notes)])).toEqual([
      ['a1', ['h1'], ['n1', 'n2']],
      ['a3', [], ['n4']],
    ]);
  });

  it('takes everything for "all", skipping blank notes and reporting highlights of articles no longer in the library', () => {
    const gathered = gatherExport({ kind: 'all' }, records, articles);
    expect(gathered.groups.map((g) => g.article.id)).toEqual(['a1', 'a2', 'a3']);
    expect(ids(gathered.groups[1]!.notes)).toEqual(['n3']);
    expect(gathered.missingArticleIds).toEqual(['gone']);
    expect(countGathered(gathered)).toEqual({ articles: 3, highlights: 3, notes: 4 });
  });

  it('ignores selected ids that do not exist', () => {
    expect(gatherExport({ kind: 'highlights', highlightIds: ['nope'] }, records, articles).groups).toEqual([]);
  });
});
