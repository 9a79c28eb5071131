import ICAL from 'ical.js';

/**
 * The ical.js namespace, for the modules that read and expand iCalendar.
 * Through this one accessor, the Node build (`dist/node/`, chosen by the
 * package's `node` export condition) loads ical.js at its first use instead
 * of at `import 'slakit'`: it replaces this module with
 * `src/node/ical-access.ts`. Bundlers and the CommonJS build keep this
 * static import (a bundle that never reads iCalendar drops it).
 *
 * @example
 * ```ts
 * icalModule().Recur.fromString('FREQ=WEEKLY;BYDAY=SU').freq; // "WEEKLY"
 * ```
 * @internal
 */
export function icalModule(): typeof ICAL {
  return ICAL;
}
