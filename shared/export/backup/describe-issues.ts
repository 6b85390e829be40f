import type { z } from 'zod';

/** ["highlights", 3, "quote", "exact"] → "highlights[3].quote.exact". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(top level)' : out;
}

/** zod's own wording minus its generic prefixes: "expected string, received number". */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) return `missing (expected ${issue.expected})`;
  return issue.message.replace(/^(Invalid input|Invalid option|Too big|Too small): /, '');
}

/** "highlights[3].quote.exact: expected string, received number; … (and 2 more problems)". */
export function describeIssues(issues: readonly z.core.$ZodIssue[], limit = 3): string {
  const shown = issues.slice(0, limit).map((i) => `${formatPath(i.path)}: ${describeIssue(i)}`);
  const more = issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '');
}
