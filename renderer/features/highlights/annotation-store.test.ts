import { describe, expect, it } from 'vitest';
import { articleText, type Article } from '../../../shared/model';
import { hash64 } from '../../../shared/text';
import type { Toast } from '../../core/toast-queue';
import { freshDb } from '../../db/testing/sample-records';
import { prefetchArticleAnnotations, takePrefetchedAnnotations } from '../../db';
import { createAnnotationStore, type AnnotationState, type AnnotationStore } from './annotation-store';

const sections = [{ heading: null, paragraphs: ['The protesters blocked the roads.', 'The regime answered with force, and the protesters stayed.'] }];
const text = articleText({ sections });
const article: Article = {
  id: 'a1', title: 'Protests', byline: null, source: 'Test', kind: 'news', dateline: null, published: '2020-01-21',
  sections, figures: [], wordCount: 15, readingMinutes: 1, sourceFile: 'a1.txt', contentHash: hash64(text),
};
const span = (word: string, from = 0) => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length };
};

function setup(db = freshDb('store')) {
  const toasts: Omit<Toast, 'id'>[] = [];
  const copied: string[] = [];
  const store = createAnnotationStore({
    article,
    db,
    platform: { copyText: async (t: string) => (copied.push(t), { ok: true as const, value: true as const }) },
    notify: (t) => toasts.push(t),
  });
  const disconnect = store.connect();
  return { store, toasts, copied, disconnect };
}

/** Resolves with the state once `ready` holds (the live reads answer asynchronously). */
function until(store: AnnotationStore, ready: (s: AnnotationState) => boolean): Promise<AnnotationState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the store never got there')), 5000);
    const check = () => {
      if (!ready(store.getState())) return;
      clearTimeout(timer);
      off();
      resolve(store.getState());
    };
    const off = store.subscribe(check);
    check();
  });
}

describe('the annotation store', () => {
  it('loads, anchors and orders the article’s highlights, and remembers the last colour', async () => {
    const { store, disconnect } = setup();
    await until(store, (s) => s.loaded);
    const later = await store.create(span('regime'), 'green');
    const first = await store.create(span('protesters'));
    expect(store.getState().lastColor).toBe('green');
    const s = await until(store, (st) => st.placedIds.length === 2);
    expect(s.placedIds).toEqual([first, later]);
    expect(s.spans.map((h) => [h.color, text.slice(h.start, h.end)])).toEqual([['green', 'protesters'], ['green', 'regime']]);
    expect(s.items.get(first!)?.status).toBe('exact');
    disconnect();
  });

  it('saving a note replaces that one item: the paint spans, the order and the other items stay the same objects', async () => {
    const { store, disconnect } = setup();
    const a = (await store.create(span('protesters'), 'yellow'))!;
    const b = (await store.create(span('regime'), 'blue'))!;
    const before = await until(store, (s) => s.placedIds.length === 2);
    await store.saveNote(a, 'Who organised them?');
    const after = await until(store, (s) => s.items.get(a)?.note?.body === 'Who organised them?');
    expect(after.spans).toBe(before.spans);
    expect(after.placedIds).toBe(before.placedIds);
    expect(after.items.get(b)).toBe(before.items.get(b));
    expect(after.items.get(a)).not.toBe(before.items.get(a));
    // A colour is paint: that does give new spans.
    await store.setColor(b, 'pink');
    const recoloured = await until(store, (s) => s.items.get(b)?.highlight.color === 'pink');
    expect(recoloured.spans).not.toBe(after.spans);
    expect(recoloured.items.get(a)).toBe(after.items.get(a));
    disconnect();
  });

  it('selects, opens and closes the editor', async () => {
    const { store, disconnect } = setup();
    const id = (await store.create(span('roads')))!;
    store.select(id, { edit: true, focusNote: true });
    expect(store.getState()).toMatchObject({ selectedId: id, editing: { id, focusNote: true } });
    store.closeEditor();
    expect(store.getState()).toMatchObject({ selectedId: id, editing: null });
    store.select(null);
    expect(store.getState().selectedId).toBeNull();
    disconnect();
  });

  it('deletes with an Undo that brings the highlight back with its note', async () => {
    const { store, toasts, disconnect } = setup();
    const id = (await store.create(span('force')))!;
    await store.saveNote(id, 'kept');
    await until(store, (s) => s.items.get(id)?.note?.body === 'kept');
    await store.remove(id);
    await until(store, (s) => s.placedIds.length === 0);
    expect(toasts.at(-1)).toMatchObject({ kind: 'info', message: 'Highlight and its note deleted.', action: { label: 'Undo' }, takeFocus: true });
    toasts.at(-1)!.action!.run();
    const back = await until(store, (s) => s.items.get(id)?.note != null);
    expect(back.placedIds).toEqual([id]);
    expect(back.items.get(id)?.note?.body).toBe('kept');
    disconnect();
  });

  it('refuses an empty span, asks for a selection before re-attaching, and copies a quote with its citation', async () => {
    const { store, toasts, copied, disconnect } = setup();
    expect(await store.create({ start: 3, end: 4 })).toBeNull(); // a space: trimmed to nothing
    await store.reattach('hl_x', null);
    expect(toasts.at(-1)).toEqual({ kind: 'error', message: 'Select the text this highlight belongs to in the article first, then choose Re-attach.' });
    await store.copyQuote(span('protesters'));
    expect(copied[0]).toContain('protesters');
    expect(toasts.at(-1)).toEqual({ kind: 'info', message: 'Quote copied with its citation.' });
    disconnect();
  });

  it('starts from the read begun with the article text, taken once, and never over what the live reads said', async () => {
    const db = freshDb('store-prefetch');
    const first = setup(db);
    const id = (await first.store.create(span('regime'), 'blue'))!;
    await until(first.store, (s) => s.placedIds.length === 1);
    first.disconnect();
    prefetchArticleAnnotations(db, article.id);
    expect(takePrefetchedAnnotations(db, 'another')).toBeNull();
    const { store, disconnect } = setup(db);
    expect(takePrefetchedAnnotations(db, article.id)).toBeNull(); // connect() took it
    const s = await until(store, (st) => st.loaded);
    expect(s.placedIds).toEqual([id]);
    expect(s.spans.map((h) => text.slice(h.start, h.end))).toEqual(['regime']);
    disconnect();
    // A head start read before a delete is stale: the live read must win, whichever answers first.
    prefetchArticleAnnotations(db, article.id);
    await (await takePrefetchedAnnotations(db, article.id));
    prefetchArticleAnnotations(db, article.id);
    const again = setup(db);
    await again.store.remove(id);
    await until(again.store, (st) => st.loaded && st.placedIds.length === 0);
    await new Promise((r) => setTimeout(r, 100));
    expect(again.store.getState().placedIds).toEqual([]);
    again.disconnect();
  });
});
