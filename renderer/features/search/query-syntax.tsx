/**
 * The query language in brief (issue 12: it was explained only in the README). Shown in the
 * keyboard shortcuts help (`?`) and under "No matches", so it is one keystroke away. The README's
 * table says the same; shared/search/parse-query.ts is what it describes.
 */
import { useId } from 'react';
const ROWS: [string, string][] = [
  ['iran regime', 'articles with both words (ranked); protest also finds protests, protesters'],
  ['"the Iranian regime"', 'the exact phrase'],
  ['gov*', 'words starting with gov'],
  ['Soleimani~1', 'spellings one edit away (when nothing matches exactly, close matches are shown anyway)'],
  ['title:iran', 'a word in one field: title:, byline:, source:, heading:'],
  ['protest -Sadr', 'leaves out articles with Sadr'],
];

export function QuerySyntax({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const titleId = useId();
  return (
    <section className="query-syntax" aria-labelledby={titleId}>
      <Heading id={titleId}>How to search</Heading>
      <dl>
        {ROWS.map(([query, finds]) => (
          <div key={query}>
            <dt>
              <code>{query}</code>
            </dt>
            <dd>{finds}</dd>
          </div>
        ))}
      </dl>
      <p>Quotes, apostrophes and accents do not matter: Iran's finds “Iran’s”. Ctrl/Cmd+F finds within the article you are reading.</p>
    </section>
  );
}
