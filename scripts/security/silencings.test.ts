import { describe, expect, it } from 'vitest';
import { findSilencings, listProblems, silencingProblems } from './silencings';

const line = 'await shell.openExternal(v.value); // eng-disable OPEN_EXTERNAL_JS_CHECK -- checked by validateExternalUrl just above';

describe('inline Electronegativity silencings', () => {
  it('are found with their checks and reason', () => {
    expect(findSilencings('electron/main/x.ts', `a();\n${line}\n`)).toEqual([
      { file: 'electron/main/x.ts', line: 2, checks: ['OPEN_EXTERNAL_JS_CHECK'], reason: 'checked by validateExternalUrl just above' },
    ]);
    expect(findSilencings('renderer/x.html', '<p>\n<a href="x"> <!-- eng-disable AUXCLICK_HTML_CHECK -- reviewed because of a good reason -->')[0]).toMatchObject({
      checks: ['AUXCLICK_HTML_CHECK'],
      reason: 'reviewed because of a good reason',
    });
  });

  it('must sit on the reviewed line, not the first line, name the check and say why', () => {
    const [ok] = findSilencings('a.ts', `x;\n${line}`);
    expect(silencingProblems(ok!, line)).toEqual([]);
    const fileWide = findSilencings('a.ts', '// eng-disable OPEN_EXTERNAL_JS_CHECK -- the whole file, please and thank you')[0]!;
    expect(silencingProblems(fileWide, '// eng-disable OPEN_EXTERNAL_JS_CHECK -- the whole file, please and thank you')).toEqual([
      'a.ts:1: an eng-disable on the first line silences the whole file; silence the reviewed line instead',
      'a.ts:1: the eng-disable must sit on the reviewed line itself, after the code',
    ]);
    const bare = 'shell.openExternal(u); // eng-disable OPEN_EXTERNAL_JS_CHECK';
    expect(silencingProblems(findSilencings('a.ts', `x;\n${bare}`)[0]!, bare)).toEqual(['a.ts:2: give the reason after " -- " (why this line is safe, and which test holds it)']);
    const nameless = 'shell.openExternal(u); /* eng-disable -- because I said so, that is why */';
    expect(silencingProblems(findSilencings('a.ts', `x;\n${nameless}`)[0]!, nameless)[0]).toMatch(/name the silenced check/);
  });

  it('are each listed in SECURITY.md, and every row still has its silencing', () => {
    const silencings = [...findSilencings('electron/main/x.ts', `x;\n${line}`), ...findSilencings('electron/main/y.ts', `x;\n${line}\n${line}`)];
    const table = (rows: string[]) => ['| file | check | why |', '|---|---|---|', ...rows].join('\n');
    const row = (file: string) => `| ${file} | OPEN_EXTERNAL_JS_CHECK | validated |`;
    expect(listProblems(silencings, table([row('electron/main/x.ts'), row('electron/main/y.ts'), row('electron/main/y.ts')]))).toEqual([]);
    expect(listProblems(silencings, table([row('electron/main/x.ts'), row('electron/main/y.ts')]))).toEqual([
      'SECURITY.md lists 1 of the 2 silencing(s) of electron/main/y.ts → OPEN_EXTERNAL_JS_CHECK; add a row per silenced line',
    ]);
    expect(listProblems(silencings.slice(0, 1), table([row('electron/main/x.ts'), row('electron/main/gone.ts')]))).toEqual([
      'SECURITY.md lists 1 silencing(s) of electron/main/gone.ts → OPEN_EXTERNAL_JS_CHECK but the code has 0; remove the stale row',
    ]);
  });
});
