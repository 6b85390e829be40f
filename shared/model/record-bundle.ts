import type { Highlight, Note, ReadingState, Tag } from './annotation';

/**
 * Everything the reader made, as whole records: what a backup carries, what the database exports
 * for one and what a restore writes (settings excluded: they belong to the machine, not the research).
 */
export interface RecordBundle {
  highlights: Highlight[];
  notes: Note[];
  tags: Tag[];
  readingStates: ReadingState[];
}
