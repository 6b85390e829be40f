import { describe, expect, it } from 'vitest';
import v1Rows from './fixtures/001-reading-state.json';
import { migrateReadingStateV1toV2, type ReadingStateV1 } from './002-scroll-fraction';

describe('migration 002: reading position px → fraction', () => {
  it('migrates the frozen v1 fixture to the v2 shape', () => {
    const migrated = (v1Rows as ReadingStateV1[]).map(migrateReadingStateV1toV2);
    expect(migrated).toEqual([
      { articleId: '000_8a7174939e31e350', scrollFraction: 0.25, updatedAt: '2020-01-21T09:46:40.000Z' },
      // Nothing to scroll: at the top.
      { articleId: '001_short', scrollFraction: 0, updatedAt: '2020-01-21T09:48:20.000Z' },
      // Saved after the article got shorter: clamped to the end, not past it.
      { articleId: '002_past_end', scrollFraction: 1, updatedAt: '2020-01-21T09:50:00.000Z' },
      // Elastic overscroll saved a negative offset: clamped to the top.
      { articleId: '003_bounced', scrollFraction: 0, updatedAt: '2020-01-21T09:51:40.000Z' },
    ]);
  });

  it('drops the v1 pixel fields', () => {
    const out = migrateReadingStateV1toV2({ articleId: 'a', scrollTop: 10, scrollMax: 100, savedAt: 0 });
    expect(Object.keys(out).sort()).toEqual(['articleId', 'scrollFraction', 'updatedAt']);
    expect(out.scrollFraction).toBeCloseTo(0.1);
  });

  it('survives damaged v1 rows instead of failing the whole upgrade', () => {
    const damaged = { articleId: 'a', scrollTop: Number.NaN, scrollMax: 100, savedAt: Number.POSITIVE_INFINITY };
    expect(migrateReadingStateV1toV2(damaged)).toEqual({ articleId: 'a', scrollFraction: 0, updatedAt: '1970-01-01T00:00:00.000Z' });
  });
});
