/** The Gloss CLI: `npm run gloss -- build | search "QUERY" | show ID` (see scripts/cli/usage.ts). */
import { processIo } from './cli/io';
import { runCli } from './cli/run';

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug, not bad input: bad input is answered with a message and exit code 1 or 2.
    process.stderr.write(`gloss: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
