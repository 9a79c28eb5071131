// Public exports of src/icalendar (re-exported by src/index.ts): iCalendar (RFC 5545) in and out.
export { type IcsEvent, type IcsRejection, readIcsEvents } from './ics-events.js';
export { type RecurrenceRule } from './local-recurrence.js';
export { type IcsWindow, type IcsWindowsOptions, icsWindows } from './ics-windows.js';
export { type ClosureEvent, icsClosures } from './ics-closures.js';
export { type IcsExportEvent, type IcsExportOptions, toIcs } from './ics-export.js';
