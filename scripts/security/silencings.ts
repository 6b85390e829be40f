/**
 * Electronegativity findings may be silenced only inline, on the reviewed line, with the reason:
 *   someCall(x); // eng-disable CHECK_ID -- why this line is safe
 * and every such line is listed in SECURITY.md. These pure functions find the silencings in source
 * text and say what is wrong with them or with the list (tested in silencings.test.ts).
 */

export interface Silencing {
  file: string;
  line: number;
  checks: string[];
  reason: string;
}

// Electronegativity's own pattern (dist/util/exceptions.js), so nothing it honours escapes us.
const ENG_DISABLE = /(?:\/\*|\/\/|<!--)[ \t]*eng-disable\b(.*)$/i;

export function findSilencings(file: string, text: string): Silencing[] {
  const found: Silencing[] = [];
  text.split('\n').forEach((lineText, i) => {
    const m = ENG_DISABLE.exec(lineText);
    if (!m) return;
    const rest = m[1]!.replace(/\*\/|-->/g, '').trim();
    const [ids = '', ...why] = rest.split(/\s+--\s+/);
    found.push({ file, line: i + 1, checks: ids.split(/[\s,]+/).filter(Boolean), reason: why.join(' -- ').trim() });
  });
  return found;
}

/** What breaks the rule: a file-wide silencing, a comment alone on its line, no check named, no reason. */
export function silencingProblems(s: Silencing, lineText: string): string[] {
  const at = `${s.file}:${s.line}`;
  const problems: string[] = [];
  // Electronegativity treats an eng-disable on a file's first line as silencing the whole file.
  if (s.line === 1) problems.push(`${at}: an eng-disable on the first line silences the whole file; silence the reviewed line instead`);
  if (/^\s*(\/\/|\/\*|<!--)/.test(lineText)) problems.push(`${at}: the eng-disable must sit on the reviewed line itself, after the code`);
  if (s.checks.length === 0 || !s.checks.every((c) => /^[A-Z0-9_]+_CHECK$/.test(c))) problems.push(`${at}: name the silenced check(s) in capitals, e.g. eng-disable OPEN_EXTERNAL_JS_CHECK -- reason`);
  if (s.reason.length < 20) problems.push(`${at}: give the reason after " -- " (why this line is safe, and which test holds it)`);
  return problems;
}

/**
 * SECURITY.md lists each silencing as a table row naming the file and the check:
 *   | electron/main/window.ts | PRELOAD_JS_CHECK | reason |
 * Every silencing needs a row, and every row a silencing (a stale row hides a removed review).
 */
export function listProblems(silencings: Silencing[], securityMd: string): string[] {
  const key = (file: string, check: string) => `${file} ${check}`;
  const inCode = new Map<string, number>();
  for (const s of silencings) for (const c of s.checks) inCode.set(key(s.file, c), (inCode.get(key(s.file, c)) ?? 0) + 1);
  const inDoc = new Map<string, number>();
  for (const line of securityMd.split('\n')) {
    const m = /^\|\s*`?([\w./-]+\.(?:ts|tsx|js|html))`?\s*\|\s*`?([A-Z0-9_]+_CHECK)`?\s*\|/.exec(line);
    if (m) inDoc.set(key(m[1]!, m[2]!), (inDoc.get(key(m[1]!, m[2]!)) ?? 0) + 1);
  }
  const problems: string[] = [];
  for (const [k, n] of inCode) {
    const listed = inDoc.get(k) ?? 0;
    if (listed < n) problems.push(`SECURITY.md lists ${listed} of the ${n} silencing(s) of ${k.replace(' ', ' → ')}; add a row per silenced line`);
  }
  for (const [k, n] of inDoc) {
    const present = inCode.get(k) ?? 0;
    if (present < n) problems.push(`SECURITY.md lists ${n} silencing(s) of ${k.replace(' ', ' → ')} but the code has ${present}; remove the stale row`);
  }
  return problems;
}
