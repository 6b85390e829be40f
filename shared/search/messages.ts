/** What the search box says back, in words a researcher can act on. */

const MAX_SHOWN = 60;

function shown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > MAX_SHOWN ? flat.slice(0, MAX_SHOWN - 1) + '…' : flat}”`;
}

export function emptyQueryMessage(query: string, dropped: string[]): string {
  if (query.trim() === '') return 'Type a word or a "quoted phrase" to search the library.';
  if (dropped.length > 0) {
    return `${dropped.map(shown).join(', ')} ${dropped.length === 1 ? 'is' : 'are'} too common to search for; add a more specific word.`;
  }
  return `Nothing to search for in ${shown(query)}: type a word made of letters or digits.`;
}

export const ONLY_EXCLUSIONS = 'Add a word to search for: -word only leaves articles out of a search.';

export function noMatchesMessage(query: string): string {
  return `No matches for ${shown(query)}.`;
}

export function closeMatchesNote(words: string[]): string {
  return `Showing close matches for ${words.map(shown).join(', ')} (no exact matches).`;
}

export function truncatedNote(): string {
  return 'Your search was long, so only its beginning was used.';
}
