/**
 * A selection made with the mouse often takes a space or a line break at either end (a double click
 * selects the word and its trailing space). A highlight should start and end on words.
 */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, start), e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}
