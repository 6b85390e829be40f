import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './args';

const parse = (...argv: string[]) => parseCommandLine(argv);

describe('parseCommandLine', () => {
  it('gives build its defaults and reads both flag forms', () => {
    expect(parse('build')).toEqual({ ok: true, value: { name: 'build', src: 'resources/corpus', out: 'resources/index' } });
    expect(parse('build', '--src', 'a', '--out=b')).toEqual({ ok: true, value: { name: 'build', src: 'a', out: 'b' } });
  });

  it('reads search with its flags', () => {
    expect(parse('search', 'iraq protests', '--json', '--limit', '3', '--index', 'x')).toEqual({
      ok: true,
      value: { name: 'search', query: 'iraq protests', index: 'x', json: true, limit: 3 },
    });
    expect(parse('search', '--', '--not-a-flag')).toMatchObject({ ok: true, value: { query: '--not-a-flag' } });
  });

  it('reads show', () => {
    expect(parse('show', 'abc', '--json')).toEqual({ ok: true, value: { name: 'show', id: 'abc', index: 'resources/index', json: true } });
  });

  it('answers help in every spelling', () => {
    for (const argv of [[], ['--help'], ['-h'], ['help']]) expect(parse(...argv)).toEqual({ ok: true, value: { name: 'help', topic: null } });
    expect(parse('search', '--help')).toEqual({ ok: true, value: { name: 'help', topic: 'search' } });
  });

  it('explains what is wrong with a bad command line', () => {
    expect(parse('frobnicate')).toEqual({ ok: false, error: 'Unknown command "frobnicate".' });
    expect(parse('search')).toMatchObject({ ok: false, error: expect.stringContaining('search needs a QUERY') });
    expect(parse('search', 'a', 'b')).toMatchObject({ ok: false, error: expect.stringContaining('quote it') });
    expect(parse('search', 'a', '--limit', '0')).toMatchObject({ ok: false, error: expect.stringContaining('--limit must be') });
    expect(parse('search', 'a', '--limit')).toEqual({ ok: false, error: '--limit needs a value.' });
    expect(parse('build', '--src')).toEqual({ ok: false, error: '--src needs a value.' });
    expect(parse('build', '--bogus')).toEqual({ ok: false, error: 'Unknown option "--bogus".' });
    expect(parse('show')).toEqual({ ok: false, error: 'show needs an article ID.' });
    expect(parse('show', 'x', '--json=yes')).toEqual({ ok: false, error: '--json takes no value.' });
  });
});
