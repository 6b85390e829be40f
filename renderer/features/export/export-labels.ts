/** The words the export UI shows for scopes, counts and layouts (kept out of the components to test them). */
import type { Platform } from '../../platform';
import type { ExportLayout } from './export-files';
import type { ExportScope } from './export-scope';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeScope(scope: ExportScope): string {
  switch (scope.kind) {
    case 'article':
      return 'This article';
    case 'highlights':
      return scope.noteIds && scope.noteIds.length > 0
        ? `Selected (${plural(scope.highlightIds.length, 'highlight', 'highlights')}, ${plural(scope.noteIds.length, 'article note', 'article notes')})`
        : `Selected (${plural(scope.highlightIds.length, 'highlight', 'highlights')})`;
    case 'all':
      return 'All notes';
  }
}

export function summaryLine(counts: { articles: number; highlights: number; notes: number }): string {
  if (counts.articles === 0) return 'nothing to export yet.';
  return `${plural(counts.highlights, 'highlight', 'highlights')} and ${plural(counts.notes, 'note', 'notes')} in ${plural(counts.articles, 'article', 'articles')}.`;
}

export function layoutChoices(host: Platform['kind']): { value: ExportLayout; label: string }[] {
  return [
    { value: 'one-file', label: 'One file' },
    {
      value: 'per-article',
      label: host === 'browser' ? 'One file per article (one download each)' : 'One file per article, into a folder',
    },
  ];
}
