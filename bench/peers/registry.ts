/** Every library under test, by id, in table order. */
import { bareIndexPeer } from './bare-index.js';
import { dayjsBusinessTimePeer } from './dayjs-business-time.js';
import { luxonWalkPeer } from './luxon-walk.js';
import { momentBusinessTimePeer } from './moment-business-time.js';
import { openingHoursPeer } from './opening-hours.js';
import type { Peer } from './peer.js';
import { slakitPeer } from './slakit.js';

type PeerFactory = (holidays: readonly string[]) => Peer;

/** Engines fast enough for the full 100,000 inputs. */
export const FAST_PEERS: Readonly<Record<string, PeerFactory>> = {
  slakit: () => slakitPeer(),
  'bare-index': bareIndexPeer,
};

/** Day-walking libraries, fed the first `peerStarts` inputs. */
export const SLOW_PEERS: Readonly<Record<string, PeerFactory>> = {
  'moment-business-time': momentBusinessTimePeer,
  'dayjs-business-time': dayjsBusinessTimePeer,
  opening_hours: openingHoursPeer,
  'luxon-walk': luxonWalkPeer,
};

/** Ids of the peers that read local time from the process TZ (run in a TZ=Europe/Berlin child). */
export const ZONE_BLIND_IDS = ['moment-business-time', 'dayjs-business-time', 'opening_hours'] as const;

export function createPeer(id: string, holidays: readonly string[]): Peer {
  const factory = FAST_PEERS[id] ?? SLOW_PEERS[id];
  if (!factory) throw new Error(`unknown peer "${id}"`);
  return factory(holidays);
}
