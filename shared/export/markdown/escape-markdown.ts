/**
 * Escaping for the AUTHOR's text (quotes, titles, bylines) so that CommonMark and Obsidian show it
 * exactly as written. The researcher's notes are Markdown already and are never passed through here.
 *
 * The promise, checked by a property test against markdown-it: parse the output and join the inline
 * text (soft and hard breaks as "\n", paragraphs as "\n\n") and you get the input back, character for
 * character, with no whitespace normalisation at all. Out of scope: NUL and the C0 controls U+0001–U+0008,
 * U+000B, U+000E–U+001F (markdown-it rewrites or cannot encode them; cleaned article text never has them).
 */

/**
 * Escaped wherever they appear. Beyond CommonMark's own (`\ * _ [ ] < > # | ~ \``) this covers
 * Obsidian's extras: `#tag` anywhere, `==highlight==`, `$math$`, ` ^block-id`. A few stray
 * backslashes in the source are the price of an exact rendering.
 */
const ALWAYS = /[\\`*_[\]<>#|~=$^]/g;
/** `%%` starts an Obsidian comment; a lone `%` ("50%") is left alone. */
const PERCENT_RUN = /%{2,}/g;
/** Only an `&` that would start an entity (`&amp;`, `&#35;`) changes meaning; "AT&T" stays readable. */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;
/** `-`/`+` start a list (or a thematic break / setext underline); `1.`/`1)` an ordered list. */
const LINE_START_MARKER = /^([-+])|^(\d{1,9})([.)])/;
/** CommonMark trims spaces/tabs at line edges and JS `trim()` (paragraph edges) all Unicode spaces. */
const EDGE_SPACE = /^(\s*)([\s\S]*?)(\s*)$/;

/** A numeric character reference: markdown-it decodes it to the same character in a text token. */
const charRef = (ch: string): string => `&#x${ch.charCodeAt(0).toString(16).toUpperCase()};`;

/** Escapes one line (no "\n") of author text. Leading and trailing whitespace survive as entities. */
export function escapeMarkdownLine(line: string): string {
  const [, lead = '', core = '', trail = ''] = EDGE_SPACE.exec(line) ?? [];
  let body = core
    .replace(ALWAYS, '\\$&')
    .replace(PERCENT_RUN, (run) => '\\%'.repeat(run.length))
    .replace(ENTITY_START, '\\&')
    .replace(LINE_START_MARKER, (_m, bullet?: string, digits?: string, delim?: string) =>
      bullet !== undefined ? `\\${bullet}` : `${digits ?? ''}\\${delim ?? ''}`,
    );
  // A carriage return anywhere would become a line break once markdown-it normalises newlines.
  body = body.replace(/\r/g, charRef);
  return lead.replace(/[\s\S]/g, charRef) + body + trail.replace(/[\s\S]/g, charRef);
}

/**
 * Escapes author text that may span lines and paragraphs (articleText joins paragraphs with "\n\n").
 * Returns Markdown source lines joined by "\n", where an empty line is a paragraph break; prefix each
 * line with "> " to quote it. Runs of newlines that Markdown cannot express as blank lines become
 * hard breaks (a line holding only "\") or, at the very end, "&#10;".
 */
export function escapeMarkdownText(text: string): string {
  const lines = text.split('\n');
  let last = lines.length - 1;
  while (last >= 0 && lines[last] === '') last--;
  if (last < 0) return '&#10;'.repeat(lines.length - 1);

  const out: string[] = [];
  let pendingEmpty = 0;
  let started = false;
  for (let i = 0; i <= last; i++) {
    const line = lines[i] ?? '';
    if (line === '') {
      pendingEmpty++;
      continue;
    }
    if (!started) {
      // Before any text a blank line would be dropped; a hard break keeps each newline.
      for (let k = 0; k < pendingEmpty; k++) out.push('\\');
    } else if (pendingEmpty > 0) {
      out.push('');
      for (let k = 1; k < pendingEmpty; k++) out.push('\\');
    }
    pendingEmpty = 0;
    started = true;
    out.push(escapeMarkdownLine(line));
  }
  out[out.length - 1] += '&#10;'.repeat(lines.length - 1 - last);
  return out.join('\n');
}

/** Prefixes Markdown source lines with "> " (and a bare ">" for blank lines) to make one block quote. */
export function blockQuote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** A heading or provenance line: author text on one line, whitespace runs collapsed. */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdownLine(text.replace(/\s+/g, ' ').trim());
}
