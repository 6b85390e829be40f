/**
 * Gathered records → the files an export writes. One file (a single article keeps its own stable
 * name; several go into gloss-notes.md) or one file per article, each under the name
 * exportFileNames(library) gives it, so re-exporting into the same folder replaces rather than
 * duplicates, and an unchanged article's file comes out byte for byte the same.
 */
import type { ExportFile } from '../../../shared/ipc/contract';
import type { ArticleInfo } from '../../../shared/model/article';
import { citationKeys } from '../../../shared/export/markdown/citation-key';
import { COMBINED_FILE_NAME, exportFileName, exportFileNames } from '../../../shared/export/markdown/file-name';
import type { TagChange } from '../../../shared/export/markdown/inline-tags';
import { exportTagChanges, renderArticleMarkdown } from '../../../shared/export/markdown/render-article';
import { renderCombinedMarkdown } from '../../../shared/export/markdown/render-combined';
import type { MarkdownTemplate } from '../../../shared/export/markdown/templates';
import type { ArticleGroup } from './export-scope';

export const EXPORT_LAYOUTS = ['one-file', 'per-article'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

export interface ExportOptions {
  template: MarkdownTemplate;
  layout: ExportLayout;
  /**
   * The whole library: file names and citation keys are kept apart across it, not just across this
   * export, so an article's name and key never depend on what else was exported with it.
   */
  library?: readonly ArticleInfo[];
}

const namesOf = (options: Pick<ExportOptions, 'library'>, groups: readonly ArticleGroup[]) => {
  const library = options.library ?? groups.map((g) => g.article);
  return { files: exportFileNames(library), keys: citationKeys(library) };
};

/** All groups as one Markdown text: what "one file" saves and what "Copy as Markdown" copies. */
export function combinedMarkdown(groups: readonly ArticleGroup[], options: Omit<ExportOptions, 'layout'>): string {
  const { keys } = namesOf(options, groups);
  if (groups.length === 1) {
    return renderArticleMarkdown({ ...groups[0]!, template: options.template, citationKey: keys.get(groups[0]!.article.id) });
  }
  return renderCombinedMarkdown([...groups], { template: options.template, citationKeys: keys });
}

/** What the export would write differently from the tags as typed, for the dialog to show before saving. */
export function tagChangesFor(groups: readonly ArticleGroup[], options: Omit<ExportOptions, 'library'>): TagChange[] {
  const files = options.layout === 'one-file' ? [groups] : groups.map((g) => [g]);
  return exportTagChanges(files, options.template);
}

/**
 * What to hand the host: one file for a save dialog, or files for a folder. A folder export of a
 * single article is still a folder export: writing into the same folder is what replaces the old file.
 */
export type ExportPlan = { kind: 'file'; file: ExportFile } | { kind: 'folder'; files: ExportFile[] };

export function planExport(groups: readonly ArticleGroup[], options: ExportOptions): ExportPlan | null {
  if (groups.length === 0) return null;
  const { files, keys } = namesOf(options, groups);
  const nameOf = (a: ArticleInfo) => files.get(a.id) ?? exportFileName(a);
  if (options.layout === 'one-file') {
    const name = groups.length === 1 ? nameOf(groups[0]!.article) : COMBINED_FILE_NAME;
    return { kind: 'file', file: { name, content: combinedMarkdown(groups, options) } };
  }
  return {
    kind: 'folder',
    files: groups.map((group) => ({
      name: nameOf(group.article),
      content: renderArticleMarkdown({ ...group, template: options.template, citationKey: keys.get(group.article.id) }),
    })),
  };
}
