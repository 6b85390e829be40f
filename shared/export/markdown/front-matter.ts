import { stringify } from 'yaml';

/**
 * YAML front matter between "---" lines. The yaml package decides the quoting, so titles with ":",
 * "#", quotes or a leading "-" stay strings. Null and undefined fields are left out (Obsidian shows
 * an empty property otherwise); lineWidth 0 keeps long titles on one line. Block scalars are off:
 * yaml 2.9 writes "  \n\n" as a `|+` block that reads back without its spaces, and a
 * double-quoted string is exact for any text.
 */
export function frontMatter(fields: Record<string, unknown>): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
  return `---\n${stringify(present, { lineWidth: 0, blockQuote: false })}---`;
}
