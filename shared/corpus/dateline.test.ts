import { describe, expect, it } from 'vitest';
import { parseByline } from './byline';
import { parseCaption } from './caption';
import { findDate, parseDateOnlyLine, parseOpeningDateline } from './dateline';

describe('parseOpeningDateline', () => {
  it('reads place and date in the common forms', () => {
    expect(parseOpeningDateline('Iraq, January 21, 2020—Since')).toEqual({ place: 'Iraq', published: '2020-01-21' });
    expect(parseOpeningDateline('PARIS, Jan. 3, 2021 - The')).toEqual({ place: 'PARIS', published: '2021-01-03' });
    expect(parseOpeningDateline('New York, 4 July 1999: It')).toEqual({ place: 'New York', published: '1999-07-04' });
  });
  it('refuses impossible dates and ordinary sentences', () => {
    expect(parseOpeningDateline('Iraq, February 30, 2020—Since')).toBeNull();
    expect(parseOpeningDateline('Since January 19, 2020, demonstrations')).toBeNull();
  });
  it('reads a line that is only a date', () => {
    expect(parseDateOnlyLine('January 21, 2020')).toBe('2020-01-21');
    expect(parseDateOnlyLine('2020-01-21')).toBe('2020-01-21');
    expect(parseDateOnlyLine('January 21, 2020 was a Tuesday')).toBeNull();
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

describe('findDate', () => {
  it('finds the date a string states, in the forms pages write', () => {
    expect(findDate('By Ana Ruiz · May 6, 2020')).toBe('2020-05-06');
    expect(findDate('Published on 12 March 2019')).toBe('2019-03-12');
    expect(findDate('Tue, 01 Dec 2020 18:22:00 GMT')).toBe('2020-12-01');
    expect(findDate('Nov. 7, 2023')).toBe('2023-11-07');
    expect(findDate('2021-06-15T23:30:00-05:00')).toBe('2021-06-15');
    expect(findDate('Sept 30th, 2022')).toBe('2022-09-30');
  });
  it('finds none where none is stated, or the day does not exist', () => {
    expect(findDate('38,153 readers')).toBeNull();
    expect(findDate('2021-02-30')).toBeNull();
  });
  it('reads a labelled date line', () => {
    expect(parseDateOnlyLine('Published on 12 March 2019')).toBe('2019-03-12');
    expect(parseDateOnlyLine('Posted: Jan 5, 2024')).toBe('2024-01-05');
  });
});
