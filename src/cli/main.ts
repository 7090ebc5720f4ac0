/** The `rolecall` command's entry (src/bin/rolecall.mjs runs it through tsx). */
import { processIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';

// exitCode rather than exit(): lets stdout drain when it is a pipe.
process.exitCode = await runCli(process.argv.slice(2), processIo());
