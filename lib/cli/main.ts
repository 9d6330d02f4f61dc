/** Process entry for `npm run defuse` and bin.mjs: real stdio in, exit code out. */
import { EXIT_ERROR } from './exit-codes';
import { nodeIo } from './io';
import { run } from './run';

// `defuse check ... | head` closes the pipe early; that is the reader's choice, not an error to report.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = await run(process.argv.slice(2), nodeIo());
} catch (e) {
  // A bug in defuse itself: one line for CI logs, the stack only on request.
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`defuse: internal error: ${message}\n`);
  if (process.env.DEFUSE_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  else process.stderr.write('Set DEFUSE_DEBUG=1 to see the stack trace.\n');
  process.exitCode = EXIT_ERROR;
}
