import { describe, expect, it } from 'vitest';
import { articleSentences, splitSentences } from './sentence-split';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

// Paragraphs of the seed article (resources/corpus/000_8a7174939e31e350.txt), as written.
const DATELINE =
  'Iraq, January 21, 2020—Since January 19, demonstrations against the corrupt ruling system in Iraq have taken a new leap. The Iraqi people, especially in the southern provinces of the country, are setting fire to the posters of Qassem Soleimani and Abu Mahdi al-Muhandis, the two terrorist masterminds who were killed in a U.S. drone strike on January 3. Protesters in Najaf also set fire to the headquarters of Kata’ib Hezbollah, an Iran-backed militia group that has committed numerous crimes in Iraq. In Hellah and Nasiriya, the protesters blocked the main roads. In Baghdad, they resisted against attacks of repressive security forces.';
const QUOTES =
  'But the organizers of the nationwide Iraqi protests have already answered the regime’s maneuvers in a statement, which reads, “This is a political call that comes from Iran and has nothing to do with Iraq.” In this regard, the message of Iraqi protesters to Sadr is clear: “If the U.S. is a fever, the Iranian regime is cancer!”';
const SADR =
  'With two of its key lieutenants eliminated, the regime is now trying to further its ends through Muqtada al-Sadr, using him like a peon to deceive Iraqi protesters and break up their ranks. Sadr’s most significant measure in this regard is the call for an anti-American protest on the coming Friday.';
const BANNERS =
  'In the past months, the regime’s proxy militias and agents have resorted to all forms of terrorist attacks, including snipers, car bombings, assassinations, and more. But the response of the protesters has been clearly spelled out on their banners: “Resistance and patience,” “[The enemy] will tire, but we will not.”';
const US_TWICE =
  'The Iranian regime tried to take advantage of the opportunity to incite anti-American sentiments and launched a protest rally in front of the U.S. embassy on December 31. But not only did the regime fail in creating momentum in the build-up of tensions with the U.S., but it also lost Soleimani and al-Muhandis in the U.S. drone strike that followed.';

describe('splitSentences on the seed article', () => {
  it('keeps the dateline with its sentence and does not break after "U.S." before a lower-case word', () => {
    expect(sentences(DATELINE)).toEqual([
      'Iraq, January 21, 2020—Since January 19, demonstrations against the corrupt ruling system in Iraq have taken a new leap.',
      'The Iraqi people, especially in the southern provinces of the country, are setting fire to the posters of Qassem Soleimani and Abu Mahdi al-Muhandis, the two terrorist masterminds who were killed in a U.S. drone strike on January 3.',
      'Protesters in Najaf also set fire to the headquarters of Kata’ib Hezbollah, an Iran-backed militia group that has committed numerous crimes in Iraq.',
      'In Hellah and Nasiriya, the protesters blocked the main roads.',
      'In Baghdad, they resisted against attacks of repressive security forces.',
    ]);
  });

  it('ends a sentence after a closing quote, which stays with the sentence it closes', () => {
    expect(sentences(QUOTES)).toEqual([
      'But the organizers of the nationwide Iraqi protests have already answered the regime’s maneuvers in a statement, which reads, “This is a political call that comes from Iran and has nothing to do with Iraq.”',
      'In this regard, the message of Iraqi protesters to Sadr is clear: “If the U.S. is a fever, the Iranian regime is cancer!”',
    ]);
  });

  it('does not break inside quoted phrases joined by commas, nor at "al-Sadr"', () => {
    expect(sentences(BANNERS)).toHaveLength(2);
    expect(sentences(BANNERS)[1]).toBe('But the response of the protesters has been clearly spelled out on their banners: “Resistance and patience,” “[The enemy] will tire, but we will not.”');
    expect(sentences(SADR)).toEqual([
      'With two of its key lieutenants eliminated, the regime is now trying to further its ends through Muqtada al-Sadr, using him like a peon to deceive Iraqi protesters and break up their ranks.',
      'Sadr’s most significant measure in this regard is the call for an anti-American protest on the coming Friday.',
    ]);
  });

  it('reads "U.S." before a lower-case word or a comma as mid-sentence', () => {
    expect(sentences(US_TWICE)).toHaveLength(2);
    expect(sentences(US_TWICE)[0]!.endsWith('on December 31.')).toBe(true);
  });

  it('keeps a heading with no final stop as one sentence', () => {
    expect(sentences('The Iranian regime’s goal to spoil the Iraqi uprising')).toEqual(['The Iranian regime’s goal to spoil the Iraqi uprising']);
  });
});

describe('splitSentences rules', () => {
  it('does not break after initialisms, initials or titles before a capital', () => {
    expect(sentences('Talks with the U.S. Treasury stalled. Then Gen. Soleimani flew to Baghdad on Jan. 3 with J. Smith.')).toEqual([
      'Talks with the U.S. Treasury stalled.',
      'Then Gen. Soleimani flew to Baghdad on Jan. 3 with J. Smith.',
    ]);
  });

  it('breaks after ! ? and …, before digits, quotes, brackets and "al-"', () => {
    expect(sentences('Why? Nobody knows! 17 died… “Enough,” they said. al-Sadr spoke. (He left.) [Ends]')).toEqual([
      'Why?',
      'Nobody knows!',
      '17 died…',
      '“Enough,” they said.',
      'al-Sadr spoke.',
      '(He left.)',
      '[Ends]',
    ]);
  });

  it('does not break inside numbers or before a lower-case word', () => {
    expect(sentences('It rose 3.5 per cent. Then 4.2. and on, e.g. this. And that')).toEqual(['It rose 3.5 per cent.', 'Then 4.2. and on, e.g. this.', 'And that']);
  });

  it('trims white space and yields nothing for an empty block', () => {
    expect(splitSentences('  One.  Two.  ')).toEqual([{ start: 2, end: 6 }, { start: 8, end: 12 }]);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('articleSentences', () => {
  it('offsets each block’s sentences by the block’s start and never joins blocks', () => {
    const blocks = [
      { start: 0, text: 'A heading' },
      { start: 11, text: 'First one. Second one.' },
    ];
    const text = 'A heading\n\nFirst one. Second one.';
    const found = articleSentences(blocks);
    expect(found.map((s) => [text.slice(s.start, s.end), s.block])).toEqual([
      ['A heading', 0],
      ['First one.', 1],
      ['Second one.', 1],
    ]);
  });
});
