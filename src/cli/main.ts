// The `slakit` command (package.json "bin", built to dist/cli.js). Depends on
// the library; the library never imports from src/cli.
import { standardOutput } from './out-file.js';
import { runCli } from './run-cli.js';

// A closed pipe (`slakit … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  ...standardOutput(process.stdout),
  note: (text) => process.stderr.write(text),
});
