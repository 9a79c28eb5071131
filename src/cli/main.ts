// The `slakit` command (package.json "bin", built to dist/cli.js). Depends on
// the library; the library never imports from src/cli.
import { roomIn } from './out-file.js';
import { runCli } from './run-cli.js';

// A closed pipe (`slakit … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  report: (text) => process.stdout.write(text),
  note: (text) => process.stderr.write(text),
  // A reader that closed standard output (EPIPE, above) ends the waiting: what is left goes nowhere.
  ready: () => roomIn(process.stdout, true),
});
