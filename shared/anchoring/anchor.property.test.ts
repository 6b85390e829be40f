import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../corpus';
import { articleText } from '../model';
import { anchor } from './anchor';
import { describeRange } from './describe-range';

const SEED = '000_8a7174939e31e350.txt';
const parsed = parseSource(SEED, readFileSync(new URL(`../../resources/corpus/${SEED}`, import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error);
const text = articleText(parsed.value);

// Edits stay this far from the selection, so its 32-character prefix and suffix survive intact.
const MARGIN = 64;

const edit = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  before: fc.boolean(),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 400 }),
  insert: fc.string({ minLength: 1, maxLength: 200 }),
});

const selection = fc
  .tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: 400 }))
  .map(([start, length]) => ({ start, end: Math.min(text.length, start + length) }));

describe('anchor under edits far from the passage (property)', () => {
  it('returns the original quote at the passage’s own place', () => {
    fc.assert(
      fc.property(selection, fc.array(edit, { minLength: 1, maxLength: 6 }), (range, edits) => {
        const sel = describeRange(text, range.start, range.end);
        let current = text;
        let guard = { start: range.start - MARGIN, end: range.end + MARGIN };
        for (const e of edits) {
          // The zone the edit may touch: wholly before or wholly after the guarded span.
          const [zoneStart, zoneEnd] = e.before ? [0, Math.max(0, guard.start)] : [Math.min(current.length, guard.end), current.length];
          if (zoneEnd <= zoneStart) continue;
          const at = zoneStart + Math.floor(e.at * (zoneEnd - zoneStart));
          const removed = e.kind === 'insert' ? 0 : Math.min(e.length, zoneEnd - at);
          const added = e.kind === 'delete' ? '' : e.insert;
          current = current.slice(0, at) + added + current.slice(at + removed);
          if (e.before) guard = { start: guard.start + added.length - removed, end: guard.end + added.length - removed };
        }
        const result = anchor(current, sel);
        expect(result.status).not.toBe('orphan');
        if (result.status !== 'orphan') {
          expect(current.slice(result.start, result.end)).toBe(sel.quote.exact);
          expect(result.start).toBe(guard.start + MARGIN);
        }
      }),
      { numRuns: 300 },
    );
  });
});
