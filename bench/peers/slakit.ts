/** slakit through its public API, with numeric epoch-ms inputs. */
import { workloadCalendar } from '../workload.js';
import { type Peer, slakitVersion } from './peer.js';

export function slakitPeer(): Peer {
  const calendar = workloadCalendar();
  return {
    id: 'slakit',
    label: `slakit ${slakitVersion()}`,
    note: "`new BusinessCalendar({ zone: 'Europe/Berlin', week: Mon–Fri 08:00–18:00, holidays: 'DE-RP' })`; `due(ms, ms)`, `elapsed(ms, ms)`",
    zoneBlind: false,
    dueAll(starts, count, targetMs, out) {
      for (let i = 0; i < count; i++) out[i] = calendar.due(starts[i] as number, targetMs);
    },
    elapsedAll(from, to, count, out) {
      for (let i = 0; i < count; i++) out[i] = calendar.elapsed(from[i] as number, to[i] as number);
    },
  };
}
