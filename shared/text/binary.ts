// C0 control characters that text files do not contain (tab, newlines, form feed and escape aside).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g;

/**
 * True when a decoded file is not text at all (an image or archive renamed .txt): control
 * characters are more than 1% of it. A single stray NUL is damage, not binary: it is dropped with a
 * warning and the rest of the file is kept.
 */
export function looksBinary(text: string): boolean {
  let count = 0;
  for (const _ of text.matchAll(CONTROL)) if (++count > 1 && count > text.length * 0.01) return true;
  return false;
}
