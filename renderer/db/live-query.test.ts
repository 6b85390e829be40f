import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../shared/model';
import { createHighlight, deleteHighlight, listHighlightsByArticle } from './highlights-repo';
import { freshDb, sampleHighlight } from './testing/sample-records';

const ARTICLE = '000_8a7174939e31e350';

// The hooks are useLiveQuery over the repository reads; this checks those reads are observable
// (a read that escaped Dexie's zone would emit once and never again).
describe('repository reads under liveQuery', () => {
  it('re-emits the highlight list after a create and a delete', async () => {
    const db = freshDb('live');
    const seen: number[][] = [];
    let resolveDone: () => void = () => {};
    const done = new Promise<void>((r) => (resolveDone = r));
    const sub = liveQuery(() => listHighlightsByArticle(db, ARTICLE)).subscribe({
      next: (rows: Highlight[]) => {
        seen.push(rows.map((h) => h.position.start));
        if (seen.length === 3) resolveDone();
      },
    });
    const waitFor = async (n: number) => {
      while (seen.length < n) await new Promise((r) => setTimeout(r, 5));
    };
    await waitFor(1);
    const h = await createHighlight(db, sampleHighlight(70));
    await waitFor(2);
    await deleteHighlight(db, h.id);
    await done;
    sub.unsubscribe();
    expect(seen).toEqual([[], [70], []]);
  });
});
