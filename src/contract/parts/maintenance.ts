import { type AdHocWindowInput, MaintenanceWindow } from '../../maintenance/index.js';
import { buildStep } from '../build-step.js';
import type { MaintenanceDefinition } from '../schema.js';

/**
 * The maintenance windows of an availability section, with the announced
 * ad-hoc windows; a bad rule names `prefix` + `availability.maintenance[i]`.
 * @internal
 */
export function maintenanceWindows(rules: readonly MaintenanceDefinition[], zone: string, adHoc: readonly AdHocWindowInput[], prefix: string): MaintenanceWindow[] {
  return rules.map((rule, i) => buildStep(`${prefix}availability.maintenance[${i}]`, () => buildMaintenance(rule, zone, adHoc)));
}

function buildMaintenance(rule: MaintenanceDefinition, contractZone: string, adHoc: readonly AdHocWindowInput[]): MaintenanceWindow {
  const zone = rule.zone ?? contractZone;
  const source = rule.source ? { source: rule.source } : {};
  switch (rule.type) {
    case 'daily':
      return MaintenanceWindow.daily({ id: rule.id, zone, from: rule.from, to: rule.to, ...source });
    case 'weekly':
      return MaintenanceWindow.weekly({ id: rule.id, zone, day: rule.day as never, from: rule.from, to: rule.to, ...source });
    case 'monthlyNthWeekday':
      return MaintenanceWindow.monthlyNthWeekday({
        id: rule.id,
        zone,
        weekday: rule.weekday as never,
        nth: rule.nth,
        ...(rule.from !== undefined ? { from: rule.from } : {}),
        ...(rule.to !== undefined ? { to: rule.to } : {}),
        ...source,
      });
    case 'rrule':
      return MaintenanceWindow.rrule({
        id: rule.id,
        zone,
        start: rule.start,
        rrule: rule.rrule,
        ...(rule.duration !== undefined ? { duration: rule.duration } : {}),
        ...(rule.end !== undefined ? { end: rule.end } : {}),
        ...(rule.exdate !== undefined ? { exdate: rule.exdate } : {}),
        ...source,
      });
    case 'adHoc':
      return MaintenanceWindow.adHoc({ id: rule.id, windows: adHoc, ...(rule.minimumNotice !== undefined ? { minimumNotice: rule.minimumNotice } : {}), ...source });
  }
}
