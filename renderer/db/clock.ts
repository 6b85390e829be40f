/** Timestamps are ISO strings (sortable as text, readable in a backup file). */
export function nowIso(): string {
  return new Date().toISOString();
}
