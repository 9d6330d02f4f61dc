/** What the CLI needs from the outside world, so `run` can be driven in-process by tests. */
import { resolve } from 'node:path';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Uint8Array>;
  /** A terminal on stdin with no file named means the user forgot the input; waiting would look like a hang. */
  stdinIsTTY: boolean;
  /** Relative FILE arguments are resolved against this, but reported as the user typed them. */
  cwd: string;
}

export function nodeIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdinIsTTY: process.stdin.isTTY === true,
    cwd: process.cwd(),
  };
}

export function resolvePath(io: Io, file: string): string {
  return resolve(io.cwd, file);
}
