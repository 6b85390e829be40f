import { useEffect, useMemo, useState, type Ref } from 'react';
import type { Article } from '../../../shared/model/article';
import { articleBlocks } from '../../../shared/model/article-text';
import { ArticleProvenance } from './article-provenance';

/**
 * The article. Every block of articleBlocks() is one element with data-block-start whose only child
 * is the block's text, exactly, so DOM offsets are articleText() offsets (see renderer/dom/offsets.ts).
 * Never put inline markup inside a block: marks are painted with the CSS Highlight API instead.
 */
/**
 * Blocks rendered with the first paint, then per later task: the longest article (6,000+ blocks) took
 * most of a second to create and lay out before anything showed. The first slice fills any screen;
 * the rest follow in slices small enough that a key or a click waits for none of them. The painter
 * follows the DOM, so highlights in later slices are painted as their blocks arrive.
 */
export const FIRST_BLOCKS = 150;
export const BLOCKS_PER_SLICE = 600;

/**
 * `whole` renders every block at once (opening at a search match or a highlight, which may lie
 * anywhere); `onComplete` is told once every block is in the DOM (the saved reading position is a
 * fraction of the whole article's height).
 */
export function ArticleView({ article, bodyRef, titleRef, whole = false, onComplete }: { article: Article; bodyRef: Ref<HTMLDivElement>; titleRef?: Ref<HTMLHeadingElement>; whole?: boolean; onComplete?: () => void }) {
  const blocks = useMemo(() => articleBlocks(article), [article]);
  const [shown, setShown] = useState(whole ? Infinity : FIRST_BLOCKS);
  const complete = shown >= blocks.length;
  useEffect(() => {
    if (complete) {
      onComplete?.();
      return;
    }
    const timer = setTimeout(() => setShown((n) => n + BLOCKS_PER_SLICE), 0);
    return () => clearTimeout(timer);
  }, [complete, shown, onComplete]);
  return (
    // Focusable, so Tab stops at the text between the toolbar and the sidebar: from there the arrow
    // keys scroll it and caret browsing (F7) can select in it.
    <article className="reader-article" aria-labelledby="article-title" tabIndex={0}>
      <header className="article-header">
        {/* The title is painted like a block of its own (search marks, at offsets into the title), by
            its own painter rooted at the h1: it is not part of articleText. */}
        <h1 id="article-title" ref={titleRef}>
          <span data-block-start={0}>{article.title}</span>
        </h1>
        {article.byline && <p className="article-byline">{article.byline}</p>}
        <ArticleProvenance article={article} />
      </header>
      {article.figures.map((figure, i) => (
        <figure key={i} className="article-figure">
          <figcaption>
            {figure.caption}
            {figure.credit && <span className="figure-credit">Credit: {figure.credit}</span>}
          </figcaption>
        </figure>
      ))}
      <div ref={bodyRef} className="article-body">
        {(complete ? blocks : blocks.slice(0, shown)).map((block) =>
          block.kind === 'heading' ? (
            <h2 key={block.start} data-block-start={block.start}>
              {block.text}
            </h2>
          ) : (
            <p key={block.start} data-block-start={block.start}>
              {block.text}
            </p>
          ),
        )}
      </div>
    </article>
  );
}
