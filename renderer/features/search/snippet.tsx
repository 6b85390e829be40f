import type { Snippet as SearchSnippet } from '../../../shared/search';

/** The snippet as text with <mark> around the matched words; React escapes every segment. */
export function Snippet({ snippet }: { snippet: SearchSnippet }) {
  return (
    <p className="search-snippet">
      {snippet.segments.map((segment, i) => (segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </p>
  );
}
