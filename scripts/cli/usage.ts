import { DEFAULT_INDEX, DEFAULT_LIMIT, DEFAULT_SRC } from './args';

const COMMANDS: Record<string, string> = {
  build: `gloss build [--src DIR] [--out DIR]
    Parse every .txt, .md and .html file under DIR (default ${DEFAULT_SRC}), build the search index,
    and write library.json (metadata), article-text.jsonl (the text, read by offset) and
    search-index.bin (the compact index) to --out (default ${DEFAULT_INDEX}). Streams: memory grows
    with the index, not with the corpus.`,
  search: `gloss search "QUERY" [--index DIR] [--json] [--limit N]
    Search the built index (default ${DEFAULT_INDEX}); show the best N results (default ${DEFAULT_LIMIT}).`,
  show: `gloss show ID [--index DIR] [--json]
    Print one article: its provenance, figures and sections.`,
};

export function usage(topic: string | null = null): string {
  if (topic !== null && COMMANDS[topic]) return `Usage: ${COMMANDS[topic]}\n`;
  return [
    'Gloss corpus tools. Usage: npm run gloss -- <command> [options]',
    '',
    ...Object.values(COMMANDS).map((text) => `  ${text}\n`),
    '  gloss --help | gloss help COMMAND',
    '',
    'Paths are relative to the current folder (npm run starts in the repository root).',
    '',
  ].join('\n');
}
