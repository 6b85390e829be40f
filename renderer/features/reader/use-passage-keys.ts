/**
 * Selecting passages with the keyboard alone: `s` a sentence at the reading position, `]` / `[`
 * (Shift+→/←) to grow or shrink it, `j` / `k` (Alt+↓/↑) to move it, `p` the paragraph. The result is
 * a real DOM selection, so everything that works on a mouse selection works on it unchanged.
 */
import { useMemo, useRef, useState } from 'react';
import type { Article } from '../../../shared/model/article';
import { articleBlocks } from '../../../shared/model/article-text';
import { useCommands } from '../../core/use-command';
import { createRangeMapper } from '../../dom/offsets';
import { currentSelectionSpan, firstSentenceInView, revealRange, selectSpan, spanInView } from './passage-dom';
import { countSentences, sentenceAt, stepPassage, type PassageAction } from './passage-step';
import { articleSentences, type SentenceSpan } from './sentence-split';

const HINT = 'press h to highlight, or Tab to the toolbar.';

function describeSelection(action: PassageAction, sentences: number): string {
  if (action === 'paragraph') return `Paragraph selected — ${HINT}`;
  if (sentences === 1) return `Sentence selected — ${HINT}`;
  return `${sentences} sentences selected — ${HINT}`;
}

const NOWHERE: Record<PassageAction, string> = {
  sentence: 'No sentence to select here.',
  paragraph: 'No paragraph to select here.',
  extend: 'The selection already reaches the last sentence.',
  shrink: 'The selection is one sentence; it does not shrink further.',
  next: 'That was the last sentence.',
  previous: 'That was the first sentence.',
};

/**
 * Listens for the passage keys while focus is in the article (or nowhere in particular) and answers
 * what it did, for a polite live region: a screen reader hears what got selected and what to do next.
 */
export function usePassageKeys(root: HTMLElement | null, article: Article): string {
  const sentences = useMemo(() => articleSentences(articleBlocks(article)), [article]);
  // The last passage selected with these keys: after it is highlighted (and the selection cleared),
  // `s` goes on to the sentence after it, so `s h s h …` works through the text.
  const last = useRef<SentenceSpan | null>(null);
  const [message, setMessage] = useState('');

  const run = (action: PassageAction, event: KeyboardEvent): boolean => {
    if (!root || !(event.target instanceof Node)) return false;
    const surface = root.closest('article') ?? root;
    // In the article, or on something holding it (main, body); not the sidebar, toolbar or a dialog.
    if (!surface.contains(event.target) && !event.target.contains(root)) return false;
    const say = (text: string) =>
      // The same words twice would not be announced again: alternate a trailing no-break space.
      setMessage((prev) => (prev === text ? `${text}\u00a0` : text));

    const mapper = createRangeMapper(root);
    const current = currentSelectionSpan(root);
    let next: SentenceSpan | null;
    if (current) {
      next = stepPassage(sentences, current, action);
    } else {
      // Nothing selected: start at the reading position, whatever the key.
      const previous = last.current && spanInView(mapper, last.current) ? last.current : null;
      const start = previous ? (stepPassage(sentences, previous, 'next') ?? sentenceAt(sentences, previous.start)) : firstSentenceInView(root, sentences, mapper);
      next = start && action === 'paragraph' ? stepPassage(sentences, start, 'paragraph') : start;
    }
    if (!next) {
      say(NOWHERE[action]);
      return true;
    }
    // Focus first: Tab from the article reaches the selection toolbar (see the highlights layer).
    if (!surface.contains(document.activeElement)) surface.focus({ preventScroll: true });
    const range = selectSpan(root, mapper, next);
    if (!range) return true;
    last.current = next;
    revealRange(range, action === 'extend' || action === 'shrink' ? 'end' : 'start');
    say(describeSelection(action, countSentences(sentences, next)));
    return true;
  };
  useCommands(
    {
      'passage.sentence': (event) => run('sentence', event),
      'passage.extend': (event) => run('extend', event),
      'passage.shrink': (event) => run('shrink', event),
      'passage.next': (event) => run('next', event),
      'passage.previous': (event) => run('previous', event),
      'passage.paragraph': (event) => run('paragraph', event),
    },
    root !== null,
  );

  return message;
}
