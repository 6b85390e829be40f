/** Placeholder replaced below once the reader paints highlights. */
export async function benchPaint(_root: string): Promise<{ skipped: string } | { rows: Record<string, unknown>[] }> {
  return { skipped: 'not yet' };
}
