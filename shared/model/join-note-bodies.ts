/**
 * "Keep both" for two texts of one note: the first, a Markdown rule, the second. A rule rather than
 * a heading or marker so the note still renders as the reader's own Markdown; an empty side adds
 * nothing, and two identical texts are kept once.
 */
export function joinNoteBodies(first: string, second: string): string {
  if (first.trim() === '') return second;
  if (second.trim() === '' || first === second) return first;
  return `${first.trimEnd()}\n\n---\n\n${second.trimStart()}`;
}
