import { describe, expect, it } from 'vitest';
import { dropRepeatedFurniture, joinLines, type PdfLine } from './pdf-text-layout';

describe('joinLines', () => {
  const vocabulary = new Set(['information', 'co-operation', 'known']);
  it('mends a word broken at a line end only when the document spells it whole', () => {
    expect(joinLines('the flow of infor-', 'mation is', vocabulary)).toBe('the flow of information is');
    expect(joinLines('a well-', 'known road', vocabulary)).toBe('a well-known road');
    expect(joinLines('their co-', 'operation', vocabulary)).toBe('their co-operation');
    // Never seen whole: the hyphen stays rather than a word being made up.
    expect(joinLines('a moor-', 'land track', vocabulary)).toBe('a moor-land track');
    // A capital after the hyphen is a name or a compound ("Anglo-" + "Saxon").
    expect(joinLines('the Anglo-', 'Saxon road', vocabulary)).toBe('the Anglo-Saxon road');
  });
  it('drops a soft hyphen, joins a dash without a space, and otherwise joins with a space', () => {
    expect(joinLines('infor\u00ad', 'mation', vocabulary)).toBe('information');
    expect(joinLines('the city—', 'and its people', vocabulary)).toBe('the city—and its people');
    expect(joinLines('one line', 'and the next', vocabulary)).toBe('one line and the next');
  });
});

describe('dropRepeatedFurniture', () => {
  const line = (text: string, y: number, page: number): PdfLine => ({ text, x: 72, y, right: 300, size: 10, page });
  it('drops only lines repeated at the edges of most pages', () => {
    const body = ['In 1850 the road', 'In 1912 the road', 'In 1877 the road', 'Table 4 shows'];
    const pages = [0, 1, 2, 3].map((p) => [line('Running Title', 760, p), line(body[p]!, 700, p), line(`Page ${p + 3} of 9`, 40, p)]);
    pages[3]!.unshift(line('Only once at the top', 770, 3));
    // "In 1850 the road" differs from page to page only by a number too, but not one that counts with the page.
    expect(dropRepeatedFurniture(pages).map((p) => p.map((l) => l.text))).toEqual([body.slice(0, 1), body.slice(1, 2), body.slice(2, 3), ['Only once at the top', 'Table 4 shows']]);
  });
});
