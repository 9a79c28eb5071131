import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/**
 * A synchronous, memoised loader of the ES module `specifier` (resolved from
 * `parent`, a module URL, with the `node` and `import` conditions), or `undefined` when
 * this Node cannot load an ES module synchronously: `require()` of an ES
 * module (Node ≥ 20.19, ≥ 22.12) is what lets the Node build load zod and
 * ical.js at their first use. The module loaded is the one `import` gives
 * (one module map), so classes and state are shared.
 *
 * Callers fall back to an `await import()` at module load when it returns
 * `undefined` (older Node, or a specifier that does not resolve to a file,
 * as in an application bundled for Node).
 *
 * @example
 * ```ts
 * const load = esmLoader<typeof import('ical.js')>('ical.js');
 * const eager = load === undefined ? await import('ical.js') : undefined;
 * ```
 * @internal
 */
export function esmLoader<T>(specifier: string, parent: string = import.meta.url): (() => T) | undefined {
  const features = process.features as { readonly require_module?: boolean };
  if (features.require_module !== true) return undefined;
  let path: string;
  try {
    const url = import.meta.resolve(specifier, parent);
    if (!url.startsWith('file:')) return undefined;
    path = fileURLToPath(url);
  } catch {
    return undefined;
  }
  let loaded: T | undefined;
  return () => (loaded ??= require(path) as T);
}
