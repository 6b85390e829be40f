import { parseCommandLine } from './args';
import { buildCommand } from './build-command';
import type { CliIo } from './io';
import { searchCommand } from './search-command';
import { showCommand } from './show-command';
import { usage } from './usage';

/** Exit codes: 0 done, 1 the command failed (bad path, unknown id…), 2 the command line was wrong. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) {
    io.err(`${parsed.error}\n\n${usage()}`);
    return 2;
  }
  const command = parsed.value;
  switch (command.name) {
    case 'help':
      io.out(usage(command.topic));
      return 0;
    case 'build':
      return buildCommand(command, io);
    case 'search':
      return searchCommand(command, io);
    case 'show':
      return showCommand(command, io);
  }
}
