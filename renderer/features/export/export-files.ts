/**
 * Gathered records → the files an export writes. One file (a single article keeps its own stable
 * name; several go into gloss-notes.md) or one file per article, each under the name
 * exportFileName() gives it, so re-exporting into the same folder replaces rather than duplicates.
 */
import type { ExportFile } from '../../../shared/ipc/contract';
import { COMBINED_FILE_NAME, exportFileName } from '../../../shared/export/markdown/file-name';
import { renderArticleMarkdown } from '../../../shared/export/markdown/render-article';
import { renderCombinedMarkdown } from '../../../shared/export/markdown/render-combined';
import type { MarkdownTemplate } from '../../../shared/export/markdown/templates';
import type { ArticleGroup } from './export-scope';

export const EXPORT_LAYOUTS = ['one-file', 'per-article'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

export interface ExportOptions {
  template: MarkdownTemplate;
  layout: ExportLayout;
  /** ISO timestamp for the front matter: one value for every file of one export. */
  exportedAt: string;
}

/** All groups as one Markdown text: what "one file" saves and what "Copy as Markdown" copies. */
export function combinedMarkdown(groups: readonly ArticleGroup[], options: Omit<ExportOptions, 'layout'>): string {
  if (groups.length === 1) {
    return renderArticleMarkdown({ ...groups[0]!, exportedAt: options.exportedAt, template: options.template });
  }
  return renderCombinedMarkdown([...groups], { exportedAt: options.exportedAt, template: options.template });
}

/**
 * What to hand the host: one file for a save dialog, or files for a folder. A folder export of a
 * single article is still a folder export: writing into the same folder is what replaces the old file.
 */
export type ExportPlan = { kind: 'file'; file: ExportFile } | { kind: 'folder'; files: ExportFile[] };

export function planExport(groups: readonly ArticleGroup[], options: ExportOptions): ExportPlan | null {
  if (groups.length === 0) return null;
  if (options.layout === 'one-file') {
    const name = groups.length === 1 ? exportFileName(groups[0]!.article) : COMBINED_FILE_NAME;
    return { kind: 'file', file: { name, content: combinedMarkdown(groups, options) } };
  }
  return {
    kind: 'folder',
    files: groups.map((group) => ({
      name: exportFileName(group.article),
      content: renderArticleMarkdown({ ...group, exportedAt: options.exportedAt, template: options.template }),
    })),
  };
}
