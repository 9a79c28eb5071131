import { type Stats, close, open, statSync, write } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { CliInputError, CliUsageError } from './cli-error.js';
import type { CommandArgs } from './command.js';

/** A file a command reads, and how the command line named it (`--probes`, `<file.csv>`, `the demo's sample`). */
export interface InputFile {
  readonly path: string;
  readonly named: string;
}

/**
 * The input files named by the string flags `flags` (those given, each
 * value of a repeatable flag; `-`, standard input, is no file).
 *
 * @example
 * ```ts
 * flagInputs(args, ['probes', 'incidents']); // [{ path: "probes.csv", named: "--probes" }]
 * ```
 */
export function flagInputs(args: CommandArgs, flags: readonly string[]): InputFile[] {
  const inputs: InputFile[] = [];
  for (const flag of flags) {
    const value = args.values[flag];
    for (const path of Array.isArray(value) ? value : [value]) {
      if (typeof path === 'string' && path !== '' && path !== '-') inputs.push({ path, named: `--${flag}` });
    }
  }
  return inputs;
}

/**
 * Throws a {@link CliUsageError} when `out` (the `--out` file) is one of
 * `inputs`: the report is written after the inputs are read, so it would
 * replace one of them. Two names are one file when they resolve to the same
 * path (`./a.csv` and `a.csv`) or, when both exist, have the same device and
 * inode (a symbolic or hard link).
 *
 * @example
 * ```ts
 * refuseOutOverInput('probes.csv', [{ path: './probes.csv', named: '--probes' }], 'availability');
 * // CliUsageError: --out probes.csv is also an input (--probes ./probes.csv): writing the report there would overwrite it; choose another file
 * ```
 */
export function refuseOutOverInput(out: string, inputs: readonly InputFile[], command: string): void {
  const target = statOrUndefined(out);
  for (const input of inputs) {
    const source = target === undefined ? undefined : statOrUndefined(input.path);
    const same = resolve(out) === resolve(input.path) || (target !== undefined && source !== undefined && target.dev === source.dev && target.ino === source.ino);
    if (same) throw new CliUsageError(`--out ${out} is also an input (${input.named} ${input.path}): writing the report there would overwrite it; choose another file`, command);
  }
}

/**
 * The `--out` file as a stream: opened (created or truncated) at the first
 * write or at the end, so a command that fails before writing anything
 * leaves the file as it was; written piece by piece with backpressure (see
 * {@link roomIn}). A path that cannot be written is a {@link CliInputError}
 * naming `--out` (the stream's error).
 *
 * @example
 * ```ts
 * const file = new OutFile('report.json');
 * file.write('{}\n');
 * await ended(file);
 * ```
 */
export class OutFile extends Writable {
  readonly #path: string;
  #fd: number | undefined;

  constructor(path: string) {
    super();
    this.#path = path;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.#opened((fd) => this.#writeAll(fd, chunk, done), done);
  }

  override _final(done: (error?: Error | null) => void): void {
    this.#opened(() => done(), done);
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    if (this.#fd === undefined) return done(error);
    close(this.#fd, (closing) => done(error ?? closing));
  }

  /** Run `then` with the file open (opening it the first time), or fail `done`. */
  #opened(then: (fd: number) => void, done: (error?: Error | null) => void): void {
    if (this.#fd !== undefined) return then(this.#fd);
    open(this.#path, 'w', (error, fd) => {
      if (error !== null) return done(this.#failure(error));
      this.#fd = fd;
      then(fd);
    });
  }

  /** Write all of `bytes` (a write may take part of them). */
  #writeAll(fd: number, bytes: Buffer, done: (error?: Error | null) => void): void {
    write(fd, bytes, 0, bytes.length, null, (error, written) => {
      if (error !== null) return done(this.#failure(error));
      if (written < bytes.length) return this.#writeAll(fd, bytes.subarray(written), done);
      done();
    });
  }

  #failure(error: NodeJS.ErrnoException): CliInputError {
    const code = error.code;
    return new CliInputError(`--out ${this.#path}: ${code === 'ENOENT' ? 'no such directory' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(error)}`);
  }
}

/**
 * Resolves when `stream` has room for more (at once, unless a write was
 * refused and it has not drained yet), or when it closed; rejects with its
 * error, unless `ignoreErrors` (standard output closed by the reader, as in
 * `slakit … | head`, is no error).
 *
 * @example
 * ```ts
 * if (!stream.write(text)) await roomIn(stream);
 * ```
 */
export function roomIn(stream: Writable, ignoreErrors = false): Promise<void> {
  // A stream that failed never drains (standard output keeps writableNeedDrain after EPIPE, and is not destroyed).
  if (stream.errored !== null && stream.errored !== undefined) return ignoreErrors ? Promise.resolve() : Promise.reject(stream.errored);
  if (!stream.writableNeedDrain || stream.destroyed) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const settle = (error?: Error): void => {
      stream.off('drain', onDrain).off('close', onDrain).off('error', settle);
      if (error === undefined || ignoreErrors) resolve();
      else reject(error);
    };
    const onDrain = (): void => settle();
    stream.on('drain', onDrain).on('close', onDrain).on('error', settle);
  });
}

/**
 * The report's side of standard output: `report` writes to `stream`,
 * `ready` waits for its room ({@link roomIn}, errors such as EPIPE ignored:
 * a reader that closed the pipe, as in `slakit … | head`, is no error).
 * When the process has nothing left to do but wait for standard output to
 * drain (`beforeExit` while waiting: the reader went away and Node will not
 * write again), the output is taken as gone: the wait ends and later text
 * is dropped, so the command finishes and exits as it did before reports
 * were streamed.
 *
 * @example
 * ```ts
 * await runCli(argv, { ...standardOutput(process.stdout), note: (text) => process.stderr.write(text) });
 * ```
 */
export function standardOutput(stream: Writable): { report(text: string): void; ready(): Promise<void> } {
  let gone = false;
  return {
    report(text) {
      if (!gone) stream.write(text);
    },
    ready() {
      if (gone) return Promise.resolve();
      return new Promise((resolve) => {
        const onIdle = (): void => {
          gone = true;
          resolve();
        };
        process.once('beforeExit', onIdle);
        void roomIn(stream, true).then(() => {
          process.off('beforeExit', onIdle);
          resolve();
        });
      });
    },
  };
}

/**
 * End `stream` and resolve once everything written is flushed (the file
 * closed); rejects with the stream's error.
 *
 * @example
 * ```ts
 * await ended(new OutFile('report.txt'));
 * ```
 */
export async function ended(stream: Writable): Promise<void> {
  stream.end();
  await finished(stream);
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
