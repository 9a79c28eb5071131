// The README's quick start, checked: a 30-business-hour target over Corpus Christi.
// Run: npx tsx examples/quick-start.ts
import assert from 'node:assert/strict';
import { BusinessCalendar, formatLocal, sameHours } from 'slakit';

const support = new BusinessCalendar({
  zone: 'Europe/Berlin',
  week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['08:00-18:00']),
  holidays: 'DE-RP', // Rhineland-Palatinate public holidays
});
const due = support.due('2026-06-03T09:00:00+02:00', { hours: 30 }); // epoch ms
// Wed 09:00–18:00 = 9 h; Thu 06-04 Corpus Christi closed; Fri 10 h (19 h); Mon 10 h (29 h); Tue 08:00 + 1 h = 09:00.
assert.equal(formatLocal(due, 'Europe/Berlin'), '2026-06-09T09:00:00.000+02:00');
console.log('quick start: due', formatLocal(due, 'Europe/Berlin'));
