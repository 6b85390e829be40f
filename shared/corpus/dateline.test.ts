import { describe, expect, it } from 'vitest';
import { parseByline } from './byline';
import { parseCaption } from './caption';
import { parseDateLine, parseDateline } from './dateline';

describe('parseDateline', () => {
  it('reads place and date in the common forms', () => {
    expect(parseDateline('Iraq, January 21, 2020—Since')).toEqual({ place: 'Iraq', published: '2020-01-21' });
    expect(parseDateline('PARIS, Jan. 3, 2021 - The')).toEqual({ place: 'PARIS', published: '2021-01-03' });
    expect(parseDateline('New York, 4 July 1999: It')).toEqual({ place: 'New York', published: '1999-07-04' });
  });
  it('refuses impossible dates and ordinary sentences', () => {
    expect(parseDateline('Iraq, February 30, 2020—Since')).toBeNull();
    expect(parseDateline('Since January 19, 2020, demonstrations')).toBeNull();
  });
  it('reads a line that is only a date', () => {
    expect(parseDateLine('January 21, 2020')).toBe('2020-01-21');
    expect(parseDateLine('2020-01-21')).toBe('2020-01-21');
    expect(parseDateLine('January 21, 2020 was a Tuesday')).toBeNull();
  });
});

describe('parseByline and parseCaption', () => {
  it('reads bylines', () => {
    expect(parseByline('Analysis by PMOI/MEK')).toEqual({ kind: 'analysis', source: 'PMOI/MEK' });
    expect(parseByline('Posted by Staff')).toEqual({ kind: null, source: 'Staff' });
    expect(parseByline('Stand by me')).toBeNull();
  });
  it('splits credits from captions', () => {
    expect(parseCaption('Iraq protests (Credit: AP)')).toEqual({ caption: 'Iraq protests', credit: 'AP' });
    expect(parseCaption('A rally (Photo: Reuters/Jane Doe)')).toEqual({ caption: 'A rally', credit: 'Reuters/Jane Doe' });
    expect(parseCaption('A rally (in Baghdad)')).toEqual({ caption: 'A rally (in Baghdad)', credit: null });
  });
});
