import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed slakit package: its root directory and version. */
export interface PackageInfo {
  readonly root: string;
  readonly version: string;
}

let cached: PackageInfo | undefined;

/**
 * The slakit package the CLI runs from, found by walking up from this file
 * to the first `package.json` named `slakit`: the same answer from
 * `src/cli/` (tsx), `dist/cli.js` (built) and `node_modules/slakit/dist/`.
 *
 * @example
 * ```ts
 * packageInfo().version; // "0.1.0"
 * join(packageInfo().root, 'samples'); // where the demo data ships
 * ```
 */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const json = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (json.name === 'slakit') {
        cached = { root: dir, version: json.version ?? '0.0.0' };
        return cached;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`slakit: cannot find the slakit package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
