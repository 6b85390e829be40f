/**
 * Find in this article (Ctrl/Cmd+F): the library's query language, run over this article only by the
 * same engine that marks search matches (searcher.marksIn), so `"exact phrase"`, `gov*` and
 * stemming work here as they do in search. Enter / Shift+Enter step through the matches; Escape
 * closes the bar and gives the article its focus back.
 */
import { useEffect, useRef, useState } from 'react';

// The same pause the header search waits for: skip a fast typist's intermediate words.
const FIND_DEBOUNCE_MS = 150;

interface Props {
  onQuery: (query: string) => void;
  onNext: () => void;
  onPrevious: () => void;
  onClose: () => void;
  /** Bumped by Ctrl/Cmd+F while the bar is open: focus (and select) the field again. */
  focusSignal: number;
}

export function FindBar({ onQuery, onNext, onPrevious, onClose, focusSignal }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    input.current?.focus({ preventScroll: true });
    input.current?.select();
  }, [focusSignal]);
  useEffect(() => {
    const timer = setTimeout(() => onQuery(text.trim()), FIND_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, onQuery]);
  return (
    <div className="find-bar" role="search" aria-label="Find in this article">
      <input
        ref={input}
        type="search"
        aria-label="Find in this article"
        placeholder="Find in this article"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onQuery(text.trim());
            if (e.shiftKey) onPrevious();
            else onNext();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <button type="button" onClick={onClose}>
        Close find
      </button>
    </div>
  );
}
