/** renderer/features/notebook: every highlight and note across the library, filterable, each opening its passage. */
export { NotebookView, type NotebookViewProps } from './notebook-view';
export { useNotebookSelection, selectedRecords, type NotebookSelection, type SelectedRecords } from './use-notebook-selection';
export { buildNotebookItems, filterNotebook, EMPTY_FILTER, type NotebookItem, type NotebookFilter } from './notebook-items';
export { itemHref } from './notebook-entry';
