/** Test data builders for renderer/db tests (imported only by *.test.ts files). */
import { openGlossDb, type GlossDb } from '../gloss-db';
import type { NewHighlight } from '../highlights-repo';

let counter = 0;

/** A database of its own for each test, so tests never see each other's rows. */
export function freshDb(label = 'test'): GlossDb {
  counter += 1;
  return openGlossDb(`gloss-${label}-${counter}-${Date.now()}`);
}

/** A highlight on the seed article ("How Iran's regime failed to derail Iraq's nationwide protests"). */
export function sampleHighlight(start: number, overrides: Partial<NewHighlight> = {}): NewHighlight {
  const exact = 'setting fire to the posters of Qassem Soleimani';
  return {
    articleId: '000_8a7174939e31e350',
    color: 'yellow',
    quote: { type: 'TextQuoteSelector', exact, prefix: 'southern provinces of the country, are ', suffix: ' and Abu Mahdi al-Muhandis' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    contentHash: '8a7174939e31e350',
    ...overrides,
  };
}
