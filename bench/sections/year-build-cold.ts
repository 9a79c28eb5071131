/**
 * Child process entry for the year-build section: the first calendar year a
 * new process builds (slakit and date-holidays code still cold). Prints
 * `{ setup, total, holidays }` in ms as JSON.
 */
import { dateHolidays } from '../../src/index.js';
import { MS_PER_HOUR, REGION, workloadCalendar } from '../workload.js';
import { midYear, stopwatchProvider } from './year-build.js';

const t0 = performance.now();
const provider = stopwatchProvider(dateHolidays(REGION));
const setup = performance.now() - t0;
const calendar = workloadCalendar({ holidays: provider });
const t1 = performance.now();
calendar.due(midYear(2027), MS_PER_HOUR);
const total = performance.now() - t1;
process.stdout.write(JSON.stringify({ setup, total, holidays: provider.spent }));
