import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTags } from '../../db';
import './notes.css';
import { addTags, removeTag, splitTyped, suggestFrom } from './tag-list';

export interface TagsInputProps {
  /** Accessible name of the text field, e.g. "Tags". */
  label: string;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}

/**
 * Tags as chips plus a combobox: Enter or a comma adds what is typed (or the highlighted suggestion),
 * Backspace in an empty field removes the last tag, each chip has a labelled remove button, and
 * suggestions come from every tag used so far. A name typed but not confirmed is added when the field
 * loses focus or the editor closes: leaving the field is not a reason to drop what was typed (issue 12).
 * Escape is the one way to discard it.
 */
export function TagsInput({ label, tags: stored, onChange: save }: TagsInputProps) {
  // What the reader just did, shown until the stored list catches up. Edits in quick succession
  // ("a, b" then Enter) must build on each other, not on a live query that has not returned yet.
  const [optimistic, setOptimistic] = useState<{ base: readonly string[]; value: string[] } | null>(null);
  const tags = optimistic && optimistic.base === stored ? optimistic.value : stored;
  const onChange = (next: string[]) => {
    setOptimistic({ base: stored, value: next });
    save(next);
  };
  const known = useTags();
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(-1);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const names = useMemo(() => (known ?? []).map((t) => t.name), [known]);
  const suggestions = useMemo(() => suggestFrom(names, typed, tags), [names, typed, tags]);
  const open = suggestions.length > 0;

  const commit = (raw: string) => {
    const next = addTags(tags, raw);
    setTyped('');
    setActive(-1);
    if (next.length !== tags.length) onChange(next);
  };

  // What is typed when the editor closes (the field unmounts without a blur event).
  const pending = useRef({ typed, tags, save });
  useEffect(() => {
    pending.current = { typed, tags, save };
  });
  useEffect(
    () => () => {
      const { typed: left, tags: current, save: store } = pending.current;
      if (left.trim() === '') return;
      const next = addTags(current, left);
      if (next.length !== current.length) store(next);
    },
    [],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(active >= 0 && suggestions[active] ? suggestions[active] : typed);
    } else if (e.key === 'Backspace' && typed === '' && tags.length > 0) {
      e.preventDefault();
      onChange(tags.slice(0, -1));
    } else if (e.key === 'ArrowDown' && open) {
      e.preventDefault();
      setActive((a) => (a + 1) % suggestions.length);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? suggestions.length - 1 : a - 1));
    } else if (e.key === 'Escape' && (open || typed !== '')) {
      // Clear the field before Escape closes anything around it.
      e.stopPropagation();
      setTyped('');
      setActive(-1);
    }
  };

  const onInput = (value: string) => {
    const { complete, rest } = splitTyped(value);
    if (complete.trim() !== '') {
      const next = addTags(tags, complete);
      if (next.length !== tags.length) onChange(next);
    }
    setTyped(rest.replace(/^\s+/, ''));
    setActive(-1);
  };

  return (
    <div className="tags-input">
      <label htmlFor={inputId} className="tags-input-label">
        {label}
      </label>
      <ul className="tag-chips" aria-label={`${label}: current`}>
        {tags.map((tag) => (
          <li key={tag} className="tag-chip" dir="auto">
            <span>{tag}</span>
            <button
              type="button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => {
                onChange(removeTag(tags, tag));
                // The chip goes with its button; focus stays in the tags field, not on <body>.
                input.current?.focus();
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="tags-input-field">
        <input
          ref={input}
          id={inputId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          placeholder="Add a tag, then Enter"
          value={typed}
          onChange={(e) => onInput(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (typed.trim() !== '') commit(typed);
            else setActive(-1);
          }}
        />
        <ul id={listId} role="listbox" aria-label={`${label} suggestions`} className="tag-suggestions" hidden={!open}>
          {suggestions.map((name, i) => (
            <li
              key={name}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input keeps focus, so typing can go on after picking.
              onMouseDown={(e) => {
                e.preventDefault();
                commit(name);
              }}
            >
              {name}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
