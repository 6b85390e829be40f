/**
 * Escaping for the AUTHOR's text (quotes, titles, bylines) so that CommonMark and Obsidian show it
 * exactly as written, with a backslash only where Markdown would otherwise change it: "[The enemy]
 * will tire" and "snake_case" stay as they are, "[a](b)", "*bold*" and "# heading" do not.
 * The researcher's notes are Markdown already and never pass through here (see nest-note.ts).
 *
 * The promise, checked by a property test against markdown-it: parse the output and join the inline
 * text (soft and hard breaks as "\n", paragraphs as "\n\n") and you get the input back, character for
 * character, with no whitespace normalisation at all. The minimal rules below are checked against
 * markdown-it at run time too (reads-back.ts): where they would not read back (a construct the rules
 * did not foresee) the text falls back to escaping every Markdown character, which always does.
 * Obsidian's own syntax (#tags, ==marks==, $math$, %%comments%%, ^block-ids, [[links]]) has no
 * CommonMark parser to check against, so its rules are conservative.
 * Out of scope: NUL and the C0 controls U+0001–U+0008, U+000B, U+000E–U+001F (markdown-it rewrites or
 * cannot encode them; cleaned article text never has them).
 */
import { quoteReadsBack } from './reads-back';

export interface EscapeOptions {
  /**
   * Escape every "[" and "]". Needed when the same file defines link references (a note with
   * "[label]: url"): then a plain "[label]" in a quote would become a link.
   */
  allBrackets?: boolean;
}

/** Every Markdown-significant character, escaped wherever it appears: the always-exact fallback. */
const ALWAYS = /[\\`*_[\]<>#|~=$^]/g;
/** `%%` starts an Obsidian comment; a lone `%` ("50%") is left alone. */
const PERCENT_RUN = /%{2,}/g;
/** Only an `&` that would start an entity (`&amp;`, `&#35;`) changes meaning; "AT&T" stays readable. */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;
/** `-`/`+` start a list (or a thematic break / setext underline); `1.`/`1)` an ordered list. */
const LINE_START_MARKER = /^([-+])|^(\d{1,9})([.)])/;
/** CommonMark trims spaces/tabs at line edges and JS `trim()` (paragraph edges) all Unicode spaces. */
const EDGE_SPACE = /^(\s*)([\s\S]*?)(\s*)$/;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const SPACE = /\s/;
const WORD = /[\p{L}\p{N}]/u;

/** A numeric character reference: markdown-it decodes it to the same character in a text token. */
const charRef = (ch: string): string => `&#x${ch.charCodeAt(0).toString(16).toUpperCase()};`;

/** Context a line's escaping depends on: what else is in its paragraph. */
interface LineContext {
  /** The paragraph could be a table (two or more lines, one with a "|"). */
  pipes: boolean;
  /** The paragraph has two or more "$" (Obsidian inline math needs a pair). */
  dollars: boolean;
  allBrackets: boolean;
}

/** Leading/trailing whitespace survives as character references; CommonMark would strip it. */
function withEdges(line: string, escapeCore: (core: string) => string): string {
  const [, lead = '', core = '', trail = ''] = EDGE_SPACE.exec(line) ?? [];
  // A carriage return anywhere would become a line break once markdown-it normalises newlines.
  const body = escapeCore(core).replace(/\r/g, charRef);
  return lead.replace(/[\s\S]/g, charRef) + body + trail.replace(/[\s\S]/g, charRef);
}

function strictCore(core: string): string {
  return core
    .replace(ALWAYS, '\\$&')
    .replace(PERCENT_RUN, (run) => '\\%'.repeat(run.length))
    .replace(ENTITY_START, '\\&')
    .replace(LINE_START_MARKER, (_m, bullet?: string, digits?: string, delim?: string) =>
      bullet !== undefined ? `\\${bullet}` : `${digits ?? ''}\\${delim ?? ''}`,
    );
}

/** Index of the character at the start of the line that would begin a block construct, or -1. */
function lineStartEscape(core: string): number {
  // Thematic break ("***", "- - -", "___") or setext underline ("===", "--").
  if (/^([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(core) || /^(?:=+|-+)[ \t]*$/.test(core)) return 0;
  // Bullet list item.
  if (/^[-+*](?=[ \t]|$)/.test(core)) return 0;
  // Ordered list item: the delimiter after up to nine digits.
  const ordered = /^(\d{1,9})[.)](?=[ \t]|$)/.exec(core);
  if (ordered) return ordered[1]!.length;
  // Block quote, ATX heading; "#" is handled below with Obsidian tags.
  if (core.startsWith('>')) return 0;
  return -1;
}

/** The same run of `ch` starting at i: [start, end). */
function runEnd(core: string, i: number): number {
  let j = i;
  while (core[j] === core[i]) j++;
  return j;
}

const isEdgeOrSpace = (ch: string | undefined): boolean => ch === undefined || SPACE.test(ch);

function minimalCore(core: string, ctx: LineContext): string {
  const startAt = lineStartEscape(core);
  let out = '';
  let i = 0;
  while (i < core.length) {
    const ch = core[i]!;
    const prev = core[i - 1];
    const next = core[i + 1];
    if (i === startAt && ch !== '#') {
      out += `\\${ch}`;
      i++;
      continue;
    }
    if (ch === '*' || ch === '_' || ch === '~' || ch === '=' || ch === '%') {
      const end = runEnd(core, i);
      const run = core.slice(i, end);
      const before = core[i - 1];
      const after = core[end];
      const isolated = isEdgeOrSpace(before) && isEdgeOrSpace(after);
      let escape: boolean;
      // Emphasis needs a flanking run; "a * b" and (for "_") "snake_case" cannot open or close one.
      if (ch === '*') escape = !isolated;
      else if (ch === '_') escape = !isolated && !(before !== undefined && after !== undefined && WORD.test(before) && WORD.test(after));
      // "~~strike~~", "==mark==" (Obsidian), "%%comment%%" (Obsidian) need two; one is prose.
      else escape = run.length >= 2;
      out += escape ? run.replace(/[\s\S]/g, '\\$&') : run;
      i = end;
      continue;
    }
    if (ch === '#') {
      const end = runEnd(core, i);
      const atStart = i === 0;
      const closing = end === core.length && isEdgeOrSpace(prev);
      // Escape a "#" that starts the line (heading), closes it (an ATX heading's closing run when
      // this text is a heading), or is followed by a tag character (an Obsidian #tag).
      for (let k = i; k < end; k++) {
        const after = core[k + 1];
        const tagStart = after !== undefined && !SPACE.test(after) && after !== '#';
        out += atStart || closing || tagStart ? '\\#' : '#';
      }
      i = end;
      continue;
    }
    let piece = ch;
    switch (ch) {
      case '\\':
        // A backslash escapes punctuation and, at the end of a line, is a hard break.
        // "\r" is written as "&#xD;", whose "&" is punctuation too.
        if (next === undefined || next === '\r' || ASCII_PUNCT.test(next)) piece = '\\\\';
        break;
      case '`':
        piece = '\\`';
        break;
      case '<':
        // An HTML tag, comment or autolink needs a letter, "/", "!" or "?" right after.
        if (next !== undefined && /[A-Za-z/!?]/.test(next)) piece = '\\<';
        break;
      case '&':
        if (/^&#?[A-Za-z0-9]+;/.test(core.slice(i))) piece = '\\&';
        break;
      case '[':
        if (ctx.allBrackets || next === '[' || next === '^') piece = '\\[';
        break;
      case ']':
        // "](" inline link, "][" reference link, "]:" reference definition.
        if (ctx.allBrackets || next === '(' || next === '[' || next === ':') piece = '\\]';
        break;
      case '|':
        if (ctx.pipes) piece = '\\|';
        break;
      case '$':
        if (ctx.dollars) piece = '\\$';
        break;
      case '^':
        // Obsidian block id: " ^id" at the end of a line.
        if (isEdgeOrSpace(prev) && /^[A-Za-z0-9-]+$/.test(core.slice(i + 1))) piece = '\\^';
        break;
      default:
        break;
    }
    out += piece;
    i++;
  }
  return out;
}

/** Escapes one line (no "\n") of author text with every Markdown character escaped. Always exact. */
export function escapeMarkdownLineStrict(line: string): string {
  return withEdges(line, strictCore);
}

/** Escapes one line (no "\n") of author text, only where Markdown would change it. */
export function escapeMarkdownLine(line: string, options: EscapeOptions = {}): string {
  const ctx: LineContext = { pipes: false, dollars: (line.match(/\$/g) ?? []).length >= 2, allBrackets: options.allBrackets === true };
  return withEdges(line, (core) => minimalCore(core, ctx));
}

/** Paragraph context per line: runs of non-empty lines share it. */
function lineContexts(lines: string[], allBrackets: boolean): LineContext[] {
  const out: LineContext[] = new Array<LineContext>(lines.length);
  let i = 0;
  while (i < lines.length) {
    if (lines[i] === '') {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j] !== '') j++;
    const para = lines.slice(i, j);
    const ctx: LineContext = {
      pipes: para.length >= 2 && para.some((l) => l.includes('|')),
      dollars: (para.join('\n').match(/\$/g) ?? []).length >= 2,
      allBrackets,
    };
    for (let k = i; k < j; k++) out[k] = ctx;
    i = j;
  }
  return out;
}

/**
 * Lines → Markdown source lines joined by "\n", where an empty line is a paragraph break. Runs of
 * newlines that Markdown cannot express as blank lines become hard breaks (a line holding only "\")
 * or, at the very end, "&#10;".
 */
function assemble(text: string, escapeLine: (line: string, index: number) => string): string {
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
    out.push(escapeLine(line, i));
  }
  out[out.length - 1] += '&#10;'.repeat(lines.length - 1 - last);
  return out.join('\n');
}

/** The minimal rules alone, without the markdown-it check (exported for the test that measures them). */
export function escapeMarkdownTextMinimal(text: string, options: EscapeOptions = {}): string {
  const contexts = lineContexts(text.split('\n'), options.allBrackets === true);
  return assemble(text, (line, i) => withEdges(line, (core) => minimalCore(core, contexts[i]!)));
}

/**
 * Escapes author text that may span lines and paragraphs (articleText joins paragraphs with "\n\n").
 * Returns Markdown source lines joined by "\n"; prefix each line with "> " to quote it (blockQuote).
 */
export function escapeMarkdownText(text: string, options: EscapeOptions = {}): string {
  const minimal = escapeMarkdownTextMinimal(text, options);
  if (quoteReadsBack(blockQuote(minimal), text)) return minimal;
  return assemble(text, escapeMarkdownLineStrict);
}

/** Prefixes Markdown source lines with "> " (and a bare ">" for blank lines) to make one block quote. */
export function blockQuote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** A heading or provenance line: author text on one line, whitespace runs collapsed. */
export function escapeMarkdownInline(text: string, options: EscapeOptions = {}): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  const minimal = escapeMarkdownLine(collapsed, options);
  if (quoteReadsBack(blockQuote(minimal), collapsed)) return minimal;
  return escapeMarkdownLineStrict(collapsed);
}
