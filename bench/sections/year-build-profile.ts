/**
 * Child process entry for the year-build section: where the time of a year
 * build goes, from a V8 CPU profile (node:inspector) taken around the build
 * only. Prints `{ mode, shares, top }`: self time per owner, as fractions,
 * and the heaviest functions. Profiling slows everything down, so only shares are
 * reported, not times.
 *
 * Usage: node <tsx loader> bench/sections/year-build-profile.ts cold|warm
 */
import { Session } from 'node:inspector';
import { dateHolidays } from '../../src/index.js';
import { MS_PER_HOUR, REGION, workloadCalendar } from '../workload.js';
import { midYear } from './year-build.js';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Who owns a function, by its source file. */
export function ownerOf(url: string, functionName: string): string {
  if (functionName === '(garbage collector)') return 'garbage collector';
  if (/\/src\//.test(url) && !url.includes('node_modules')) return 'slakit';
  if (url.includes('node_modules/luxon/')) return 'luxon (zone offsets, for slakit)';
  if (url.includes('node_modules/')) return 'date-holidays and its dependencies';
  return 'runtime (native, Node internals)';
}

const session = new Session();
session.connect();
function post<T>(method: string, params: object = {}): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
}

const mode = process.argv[2] === 'warm' ? 'warm' : 'cold';
const build =
  mode === 'cold'
    ? () => workloadCalendar({ holidays: dateHolidays(REGION) }).due(midYear(2027), MS_PER_HOUR)
    : (() => {
        const calendar = workloadCalendar({ maxCachedYears: 1000 });
        for (let year = 2200; year < 2230; year++) calendar.due(midYear(year), MS_PER_HOUR);
        return () => {
          for (let year = 2100; year < 2140; year++) calendar.due(midYear(year), MS_PER_HOUR);
        };
      })();

await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 50 });
await post('Profiler.start');
build();
const { profile } = await post<{ profile: Profile }>('Profiler.stop');

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const owners = new Map<string, number>();
const functions = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const frame = byId.get(id)?.callFrame;
  // Idle time and the inspector's own dispatch (Profiler.start/stop) are not the build's.
  if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)' || (frame.functionName === 'dispatch' && frame.url === '')) return;
  const delta = profile.timeDeltas[i] ?? 0;
  const owner = ownerOf(frame.url, frame.functionName);
  owners.set(owner, (owners.get(owner) ?? 0) + delta);
  const file = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/src\//, 'src/');
  const name = `${frame.functionName || '(anonymous)'} (${file || 'native'})`;
  functions.set(name, (functions.get(name) ?? 0) + delta);
  total += delta;
});
const shares = Object.fromEntries([...owners].sort((a, b) => b[1] - a[1]).map(([owner, time]) => [owner, time / total]));
const top = [...functions].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, time]) => ({ name, share: time / total }));
process.stdout.write(JSON.stringify({ mode, shares, top }));
