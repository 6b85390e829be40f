/**
 * Where a list page (library, search results, Notebook) was scrolled to and which article was opened
 * from it, by URL hash, so Back returns to the same place with focus on the article you came from
 * rather than on <body> (issue 12). In memory only: a reload starts at the top, as pages do.
 */
export interface ViewMemory {
  scrollY: number;
  /** The article last opened from this page. */
  openedArticleId: string | null;
}

const memory = new Map<string, ViewMemory>();

export function rememberView(hash: string, update: Partial<ViewMemory>): void {
  const prev = memory.get(hash) ?? { scrollY: 0, openedArticleId: null };
  memory.set(hash, { ...prev, ...update });
}

export function recallView(hash: string): ViewMemory | null {
  return memory.get(hash) ?? null;
}
