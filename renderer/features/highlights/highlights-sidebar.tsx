import { memo, useId, type MouseEvent } from 'react';
import { hasNoteText } from '../../../shared/model';
import { ArticleNoteEditor, noteExcerpt } from '../notes';
import { useAnnotationState, useAnnotationsController, useArticleSelectionState, type AnnotationsController } from './annotations-context';
import { COLOR_LABELS } from './colors';
import { placementLabel, type UnplacedHighlight } from './place-highlights';
import { useProgressiveLimit } from './use-progressive-limit';

const keepSelection = (e: MouseEvent) => e.preventDefault();

function quoteExcerpt(quote: string, max = 140): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/**
 * The reader's sidebar: the article note, the article's highlights in document order (each with its
 * note and tags, and a quiet word for how it was placed), and the highlights that could not be placed.
 */
export function HighlightsSidebar() {
  const { store, select } = useAnnotationsController();
  const loaded = useAnnotationState((s) => s.loaded);
  const placedIds = useAnnotationState((s) => s.placedIds);
  const unplaced = useAnnotationState((s) => s.unplaced);
  const articleNote = useAnnotationState((s) => s.articleNote);
  const noteHeading = useId();
  if (!loaded) {
    return (
      <aside className="annotations" aria-label="Annotations" aria-busy="true">
        <p role="status">Loading highlights…</p>
      </aside>
    );
  }
  return (
    <aside className="annotations" aria-label="Annotations">
      <section className="annotations-section">
        <h2 id={noteHeading}>Article note</h2>
        <ArticleNoteEditor articleId={store.article.id} note={articleNote} labelledBy={noteHeading} />
      </section>
      <section className="annotations-section">
        <h2>
          Highlights <span className="annotations-count">{placedIds.length}</span>
        </h2>
        {placedIds.length === 0 ? (
          <p className="annotations-empty">Select text in the article, then choose Highlight (or press h).</p>
        ) : (
          <PlacedList ids={placedIds} select={select} />
        )}
      </section>
      {unplaced.length > 0 && (
        <section className="annotations-section">
          <h2>Unplaced</h2>
          <p className="annotations-hint">
            The article’s text changed and these passages could not be found. Select where one belongs now and choose
            Re-attach, or delete it.
          </p>
          <ul className="hl-list hl-list-unplaced" aria-label="Unplaced">
            {unplaced.map((u) => (
              <UnplacedItem key={u.highlight.id} item={u} />
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}

/**
 * The highlights in document order, rendered in slices (see progressive-limit.ts): with 1,000 of them,
 * creating every item in the commit that opens the article cost more than the rest of opening it.
 * aria-busy tells assistive technology the list is still filling.
 */
function PlacedList({ ids, select }: { ids: readonly string[]; select: AnnotationsController['select'] }) {
  const limit = useProgressiveLimit(ids.length);
  const shown = limit >= ids.length ? ids : ids.slice(0, limit);
  return (
    <ol className="hl-list" aria-label="Highlights" aria-busy={shown.length < ids.length ? 'true' : undefined}>
      {shown.map((id) => (
        <PlacedItem key={id} id={id} select={select} />
      ))}
    </ol>
  );
}

// Each item reads its own part of the store: with 1,000 highlights, a selection change re-renders
// the two items it affects and a saved note the one it belongs to, not the whole list (which only
// re-renders when highlights come, go or move).
const PlacedItem = memo(function PlacedItem({ id, select }: { id: string; select: AnnotationsController['select'] }) {
  const item = useAnnotationState((s) => s.items.get(id));
  const selected = useAnnotationState((s) => s.selectedId === id);
  if (!item) return null;
  const h = item.highlight;
  const label = placementLabel(item.status);
  return (
    <li className="hl-item" data-highlight-id={h.id}>
      <button
        type="button"
        className={`hl-item-button hl-edge-${h.color}`}
        aria-current={selected ? 'true' : undefined}
        onClick={() => select(h.id, { scroll: true, edit: true })}
        onFocus={() => {
          if (!selected) select(h.id);
        }}
      >
        <span className="visually-hidden">{COLOR_LABELS[h.color]} highlight: </span>
        <span className="hl-item-quote" dir="auto">
          {quoteExcerpt(h.quote.exact)}
        </span>
        {hasNoteText(item.note) && (
          <span className="hl-item-note" dir="auto">
            {noteExcerpt(item.note.body)}
          </span>
        )}
        {h.tags.length > 0 && (
          <span className="hl-item-tags">
            {h.tags.map((t) => (
              <span key={t} className="tag-chip tag-chip-small" dir="auto">
                {t}
              </span>
            ))}
          </span>
        )}
        {/* Only when it tells something: "exact" on every card was noise (issue 12). */}
        {label !== null && (
          <span className={`hl-item-placement hl-placement-${item.status}`} title={label}>
            <span className="visually-hidden">{label}</span>
            <span aria-hidden="true">{item.status}</span>
          </span>
        )}
      </button>
    </li>
  );
});

function UnplacedItem({ item }: { item: UnplacedHighlight }) {
  const { store: actions } = useAnnotationsController();
  const articleSelection = useArticleSelectionState();
  const h = item.highlight;
  return (
    <li className={`hl-item hl-item-unplaced hl-edge-${h.color}`} data-highlight-id={h.id}>
      <blockquote className="hl-item-quote" dir="auto">
        {quoteExcerpt(h.quote.exact, 400)}
      </blockquote>
      {hasNoteText(item.note) && (
        <p className="hl-item-note" dir="auto">
          {noteExcerpt(item.note.body, 400)}
        </p>
      )}
      <div className="hl-item-actions">
        <button
          type="button"
          onMouseDown={keepSelection}
          onClick={() => void actions.reattach(h.id, articleSelection?.span ?? null)}
          title={articleSelection ? 'Attach to the selected text' : 'Select the new text in the article first'}
        >
          Re-attach
        </button>
        <button type="button" className="danger" onClick={() => void actions.remove(h.id)}>
          Delete
        </button>
      </div>
    </li>
  );
}
