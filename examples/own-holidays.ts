// Plug your own holiday list: a company calendar that closes on the regional
// public holidays (date-holidays) AND on its own closure days, and one that
// uses only a hand-written list.
import assert from 'node:assert/strict';
import { BusinessCalendar, type HolidayProvider, dateHolidays, formatLocal, holidayList, sameHours } from 'slakit';

// 1. A fixed list: the office closes between Christmas and New Year.
const companyClosures = holidayList(['2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'], 'acme-closures');

// 2. A computed provider: every first Monday of August (a works outing).
const worksOuting: HolidayProvider = {
  id: 'acme-outing',
  datesInYear: (year) => {
    for (let day = 1; day <= 7; day++) {
      const date = `${year}-08-0${day}`;
      if (new Date(`${date}T12:00:00Z`).getUTCDay() === 1) return [date];
    }
    return [];
  },
};

const office = new BusinessCalendar({
  zone: 'Europe/Berlin',
  week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['09:00-17:00']),
  holidays: [dateHolidays('DE-NW'), companyClosures, worksOuting],
  name: 'acme-office',
});

// A 16-business-hour task started Wed 2026-12-23 09:00: 8 h on Wed; Thu 24 is a
// company closure; Fri 25 and Sat 26 are public holidays / weekend; Mon 28 to
// Thu 31 are closures; Fri 2027-01-01 is New Year → the next 8 h run Mon
// 2027-01-04 09:00–17:00.
const due = office.due('2026-12-23T09:00:00+01:00', { hours: 16 });
console.log('due:', formatLocal(due, office.zone));
assert.equal(formatLocal(due, office.zone), '2027-01-04T17:00:00.000+01:00');

// The works outing (first Monday of August 2027 is 2027-08-02) is closed.
assert.equal(office.isBusinessDay('2027-08-02'), false);
assert.equal(office.isBusinessDay('2027-08-03'), true);

// Why was it closed? closedDays() names the provider of each closed day.
const closed = office.closedDays('2026-12-21T00:00:00+01:00', '2027-01-04T00:00:00+01:00');
console.log(closed.map((day) => `${day.date} (${day.source})`).join('\n'));
assert.deepEqual(
  closed.map((day) => day.date),
  ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01'],
);

// A holiday that is a working day after all: ignoreHolidays.
const openOnBoxingDay = new BusinessCalendar({
  zone: 'Europe/Berlin',
  week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], ['09:00-17:00']),
  holidays: 'DE-NW',
  ignoreHolidays: ['2026-12-26'],
});
assert.equal(openOnBoxingDay.isBusinessDay('2026-12-26'), true);
console.log('own-holidays: ok');
