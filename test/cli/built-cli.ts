// Run the BUILT command (dist/cli.js), building it first when it is missing
// or older than the sources. Every CLI test file calls ensureBuilt() in
// beforeAll; a lock directory makes parallel files build once. The tests run
// a byte-for-byte snapshot of the built CLI — dist/cli.js, its worker entry
// dist/cli-worker.js, its schema entry dist/cli-schema.js (loaded at the first
// contract definition) and the chunks they share — in a directory named by the
// digest of those files (under the repository's node_modules, so it resolves
// the same packages and package root): another `tsup` run cleaning dist/
// meanwhile, or another checkout sharing node_modules, cannot change the
// files under them.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = join(ROOT, 'dist', 'cli.js');
const CACHE = join(ROOT, 'node_modules', '.cache', 'slakit-cli-test');
const LOCK = join(CACHE, 'build.lock');
/** The snapshot of dist/cli.js the tests run (set by {@link ensureBuilt}). */
let CLI = '';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  try {
    const built = statSync(BUILT).mtimeMs;
    return built >= Math.max(newestSource(join(ROOT, 'src')), statSync(join(ROOT, 'tsup.config.ts')).mtimeMs);
  } catch {
    return false;
  }
}

function builtSince(time: number): boolean {
  try {
    return statSync(BUILT).mtimeMs >= time - 1000;
  } catch {
    return false;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The files of the built CLI: cli.js, cli-worker.js, cli-schema.js and the ESM chunks they import. */
function cliFiles(): string[] {
  const dist = join(ROOT, 'dist');
  return ['cli.js', 'cli-worker.js', 'cli-schema.js', ...readdirSync(dist).filter((name) => /^chunk-[\w-]+\.js$/.test(name)).sort()];
}

/** Copy the built CLI to a directory named by its digest (written under a temporary name, then renamed); returns its cli.js. */
function snapshot(): string {
  const files = cliFiles().map((name) => ({ name, bytes: readFileSync(join(ROOT, 'dist', name)) }));
  const digest = createHash('sha256');
  for (const { name, bytes } of files) digest.update(name).update(bytes);
  const target = join(CACHE, digest.digest('hex').slice(0, 16));
  if (!existsSync(target)) {
    const temporary = `${target}.${process.pid}`;
    mkdirSync(temporary, { recursive: true });
    for (const { name, bytes } of files) writeFileSync(join(temporary, name), bytes);
    try {
      renameSync(temporary, target);
    } catch {
      // Another test file made the same snapshot meanwhile.
      rmSync(temporary, { recursive: true, force: true });
    }
  }
  return join(target, 'cli.js');
}

/** Build dist/cli.js with `npx tsup` unless it is newer than every source file, then snapshot it. */
export async function ensureBuilt(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await build();
    try {
      CLI = snapshot();
      return;
    } catch (error) {
      // dist/ cleaned by another build between the check and the copy: wait for it.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt === 20) throw error;
      await sleep(3000);
    }
  }
}

async function build(): Promise<void> {
  for (;;) {
    if (isFresh()) return;
    try {
      mkdirSync(LOCK, { recursive: false });
    } catch {
      mkdirSync(CACHE, { recursive: true });
      try {
        // A lock older than 5 minutes was left by a killed run.
        if (Date.now() - statSync(LOCK).mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await sleep(500);
      continue;
    }
    try {
      if (isFresh()) return;
      let log = '';
      const started = Date.now();
      try {
        execFileSync('npx', ['tsup'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe', timeout: 240_000 });
      } catch (error) {
        log = String((error as { stdout?: string }).stdout ?? '') + String((error as { stderr?: string }).stderr ?? '');
      }
      // The library's .d.ts step may fail on a file another change broke; the CLI bundle is what
      // counts. A source edited while tsup ran is not this build's business (hence the start time).
      if (!builtSince(started)) throw new Error(`npx tsup did not produce dist/cli.js:\n${log}`);
      return;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

/** What a CLI run gave. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `node [nodeOptions] dist/cli.js ...args` in `cwd` (default: the repository), with `input` on standard input. */
export function slakit(args: readonly string[], options: { readonly cwd?: string; readonly nodeOptions?: readonly string[]; readonly input?: string } = {}): CliRun {
  const run = spawnSync(process.execPath, [...(options.nodeOptions ?? []), CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    ...(options.input === undefined ? {} : { input: options.input }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Run and parse stdout as JSON. */
export function slakitJson<T = Record<string, unknown>>(args: readonly string[]): { code: number | null; json: T; stderr: string } {
  const run = slakit([...args, '--format', 'json']);
  let json: T;
  try {
    json = JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  return { code: run.code, json, stderr: run.stderr };
}

/** A scratch directory with files written from `files` (name → exact content, bytes as given). */
export function scratch(files: Readonly<Record<string, string | Buffer>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'slakit-cli-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
