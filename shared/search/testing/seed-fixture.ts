import { parseSource } from '../../corpus';
import type { Article } from '../../model';

export const SEED_FILE = 'resources/corpus/000_8a7174939e31e350.txt';

/** Test support only: the seed Article through the real corpus parser (the test reads the file). */
export function seedArticle(readText: (repoPath: string) => string): Article {
  const parsed = parseSource('000_8a7174939e31e350.txt', readText(SEED_FILE));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}
