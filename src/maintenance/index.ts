// Public exports of src/maintenance (re-exported by src/index.ts).
export {
  MaintenanceWindow,
  maintenanceIntervals,
  type MaintenanceKind,
  type MaintenanceAttribution,
  type MaintenanceCoverage,
} from './maintenance-window.js';
export { type DailyWindowOptions, type WeeklyWindowOptions, type MonthlyNthWeekdayOptions } from './recurrence.js';
export { type RruleWindowOptions } from './rrule-recurrence.js';
export { type AdHocWindowInput, type AdHocWindowOptions, type AdHocVerdict } from './ad-hoc.js';
