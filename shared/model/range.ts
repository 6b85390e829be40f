/**
 * THE range type: [start, end) character offsets in a text (articleText(), a block, a snippet's
 * source). Search matches, highlights placed on the text, the reader's selection and the rendered
 * blocks are all this one shape, so a value moves between them without renaming or copying.
 */
export interface TextRange {
  start: number;
  end: number;
}
