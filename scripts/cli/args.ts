import { err, ok, type Result } from '../../shared/model/result';

export const DEFAULT_SRC = 'resources/corpus';
export const DEFAULT_INDEX = 'resources/index';
export const DEFAULT_LIMIT = 10;

export type Command =
  | { name: 'help'; topic: string | null }
  | { name: 'build'; src: string; out: string }
  | { name: 'search'; query: string; index: string; json: boolean; limit: number }
  | { name: 'show'; id: string; index: string; json: boolean };

type FlagKind = 'string' | 'boolean';

const FLAGS: Record<Exclude<Command['name'], 'help'>, Record<string, FlagKind>> = {
  build: { src: 'string', out: 'string' },
  search: { index: 'string', json: 'boolean', limit: 'string' },
  show: { index: 'string', json: 'boolean' },
};

interface Split {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** Reads `gloss <command> [args]` into a Command, or a message saying what is wrong. */
export function parseCommandLine(argv: readonly string[]): Result<Command, string> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    return ok({ name: 'help', topic: name === 'help' ? (rest[0] ?? null) : null });
  }
  if (!(name in FLAGS)) return err(`Unknown command "${name}".`);
  const command = name as keyof typeof FLAGS;
  if (rest.includes('--help') || rest.includes('-h')) return ok({ name: 'help', topic: command });

  const split = splitArgs(rest, FLAGS[command]);
  if (!split.ok) return split;
  const { positionals, flags } = split.value;
  const str = (flag: string, fallback: string) => {
    const value = flags.get(flag);
    return typeof value === 'string' ? value : fallback;
  };

  switch (command) {
    case 'build':
      if (positionals.length > 0) return err(`build takes no arguments (got "${positionals[0]}").`);
      return ok({ name: 'build', src: str('src', DEFAULT_SRC), out: str('out', DEFAULT_INDEX) });
    case 'search': {
      if (positionals.length === 0) return err('search needs a QUERY, e.g. gloss search "iraq protests".');
      if (positionals.length > 1) return err(`search takes one QUERY; quote it if it has spaces (got ${positionals.length} words).`);
      const limitText = str('limit', String(DEFAULT_LIMIT));
      const limit = Number(limitText);
      if (!/^\d+$/.test(limitText) || limit < 1) return err(`--limit must be a whole number of at least 1 (got "${limitText}").`);
      return ok({ name: 'search', query: positionals[0]!, index: str('index', DEFAULT_INDEX), json: flags.has('json'), limit });
    }
    case 'show':
      if (positionals.length !== 1) return err(positionals.length === 0 ? 'show needs an article ID.' : 'show takes one article ID.');
      return ok({ name: 'show', id: positionals[0]!, index: str('index', DEFAULT_INDEX), json: flags.has('json') });
  }
}

/** `--flag value`, `--flag=value` and boolean `--flag`; `--` ends the flags. */
function splitArgs(args: readonly string[], known: Record<string, FlagKind>): Result<Split, string> {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) return err(`Unknown option "${arg}".`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = known[flag];
    if (!kind) return err(`Unknown option "--${flag}".`);
    if (kind === 'boolean') {
      if (eq >= 0) return err(`--${flag} takes no value.`);
      flags.set(flag, true);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) return err(`--${flag} needs a value.`);
    flags.set(flag, value);
  }
  return ok({ positionals, flags });
}
