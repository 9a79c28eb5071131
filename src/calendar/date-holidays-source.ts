import type Holidays from 'date-holidays';
import { SlaInputError } from '../errors.js';

/** The `date-holidays` class, as its package exports it. */
export type DateHolidaysClass = typeof Holidays;

let registered: DateHolidaysClass | undefined;

/**
 * Give slakit the `date-holidays` class that region codes (`holidays: 'FR'`)
 * are read from. `import 'slakit/holidays'` does it; so does the first region
 * code in Node ≥ 20.16, which loads the package on demand. A browser bundle
 * or an older Node needs the import (or this call) once, before the first
 * region code: slakit does not load `date-holidays` (about 1.5 MB of holiday
 * rules for every country) for calendars that name none.
 *
 * Throws {@link SlaInputError} naming `holidays` for a value that is not a class.
 *
 * @example
 * ```ts
 * import Holidays from 'date-holidays';
 * registerDateHolidays(Holidays);
 * ```
 */
export function registerDateHolidays(source: DateHolidaysClass): void {
  if (typeof source !== 'function') throw new SlaInputError('holidays', source, 'the date-holidays class (import Holidays from "date-holidays")');
  registered = source;
}

/**
 * The `date-holidays` class: the registered one, else (Node ≥ 20.16) the
 * package loaded now, synchronously, through `process.getBuiltinModule`.
 * Throws {@link SlaInputError} naming `holidays.region` with the region
 * asked where neither is possible. @internal
 */
export function dateHolidaysClass(region: string): DateHolidaysClass {
  if (registered !== undefined) return registered;
  const load = nodeRequire();
  if (load !== undefined) {
    registered = load('date-holidays') as DateHolidaysClass;
    return registered;
  }
  throw new SlaInputError(
    'holidays.region',
    region,
    'a holiday list here: region codes read the date-holidays package, which this runtime cannot load on demand — add `import "slakit/holidays"` once before the first calendar (browsers, Node < 20.16)',
  );
}

/** Node's `require` from this module, without a static import of a Node module (the library also runs in browsers). */
function nodeRequire(): ((id: string) => unknown) | undefined {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  if (typeof node?.getBuiltinModule !== 'function') return undefined;
  const module = node.getBuiltinModule('node:module') as { createRequire?: (from: string) => (id: string) => unknown } | undefined;
  if (typeof module?.createRequire !== 'function') return undefined;
  // Resolved from this module's URL (the CommonJS build shims `import.meta.url`). Not `require`: bundlers replace it
  // with a stub that throws on a dynamic require.
  return module.createRequire(import.meta.url);
}
