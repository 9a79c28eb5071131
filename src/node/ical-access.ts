// The Node build's src/icalendar/ical-access.ts (tsup.config.ts swaps it in):
// ical.js is loaded at the first iCalendar read, not at `import 'slakit'`.
import { createRequire } from 'node:module';
import type ICAL from 'ical.js';
import { esmLoader } from './require-esm.js';

type IcalEntry = { readonly default: typeof ICAL };

const loadEsm = esmLoader<IcalEntry>('ical.js');
// A Node that cannot require() an ES module reads ical.js's CommonJS build
// (the same code, compiled to ES5): its objects never leave slakit's
// iCalendar modules, which all read them through this accessor.
const load: () => typeof ICAL = loadEsm === undefined ? () => createRequire(import.meta.url)('ical.js') as typeof ICAL : () => loadEsm().default;
let ical: typeof ICAL | undefined;

/** The ical.js namespace, loaded at its first use (see src/icalendar/ical-access.ts). @internal */
export function icalModule(): typeof ICAL {
  return (ical ??= load());
}
