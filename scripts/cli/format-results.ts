import type { SearchResult } from '../../shared/search/search';
import type { SnippetSegment } from '../../shared/search/snippet';

const BOLD = '\u001b[1m';
const RESET = '\u001b[22m';

/** Marked words in ANSI bold on a terminal, in «guillemets» anywhere else (pipes, logs, tests). */
export function formatSnippet(segments: readonly SnippetSegment[], color: boolean): string {
  return segments.map((s) => (s.marked ? (color ? `${BOLD}${s.text}${RESET}` : `«${s.text}»`) : s.text)).join('');
}

export function formatResults(results: readonly SearchResult[], color: boolean): string {
  return results
    .map((r, i) => {
      const provenance = [r.source, r.published].filter((x) => x !== null).join(', ');
      return [
        `${i + 1}. ${r.title}${provenance ? ` (${provenance})` : ''}`,
        `   id ${r.articleId}   score ${r.score.toFixed(3)}`,
        `   ${formatSnippet(r.snippet.segments, color).replace(/\s+/g, ' ').trim()}`,
      ].join('\n');
    })
    .join('\n\n');
}
