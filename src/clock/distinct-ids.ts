import { SlaInputError } from '../errors.js';

/** Slots probed for one id before the table gives way to a `Map` (ids crafted to collide). */
const MAX_PROBES = 64;

/**
 * The ids of a batch's tickets, in input order, each refused when an earlier
 * ticket has it: the duplicate-id check of {@link ResponseTimeClock.evaluate}
 * and {@link TicketClock.evaluate}. An open-addressing table over typed
 * arrays (hash per id, slot → position): a batch of a million tickets
 * allocates a few arrays, not an entry per ticket, and each id is hashed
 * once (about half what a `Set` of the ids costs in a batch). Should
 * an id probe more than {@link MAX_PROBES} slots — ids crafted to collide —
 * the rest of the batch is checked with a `Map` (a hash the process seeds).
 * @internal
 */
export class DistinctIds {
  /** The ids added, by position. */
  readonly #ids: string[] = [];
  /** Two numbers per slot, side by side (one cache line per probe): `position + 1` (0: empty) and the id's hash. Slots: a power of two, at least twice the ids. */
  #table: Int32Array;
  /** `32 − log2(slots)`: a slot is the top bits of the hash. */
  #shift: number;
  #fallback: Map<string, number> | null = null;
  readonly #maxProbes: number;

  /**
   * `expected`: how many ids the batch has, when known (the table is sized
   * once); `maxProbes`: the probe limit (tests lower it to reach the `Map`).
   */
  constructor(expected = 0, maxProbes = MAX_PROBES) {
    let bits = 4;
    while (1 << bits < 2 * expected && bits < 26) bits++;
    this.#table = new Int32Array(2 << bits);
    this.#shift = 32 - bits;
    this.#maxProbes = maxProbes;
  }

  /**
   * Add the id of `tickets[n]` (n: the ids added so far). Throws
   * {@link SlaInputError} at `tickets[n].id` naming the earlier ticket
   * with that id.
   */
  add(id: string): void {
    const position = this.#ids.length;
    const first = this.#fallback === null ? this.#insert(id, position) : this.#insertInMap(id, position);
    if (first >= 0) throw new SlaInputError(`tickets[${position}].id`, id, `an id not already used by tickets[${first}]`);
  }

  /** The position of an earlier `id`, else -1 after adding it at `position`. */
  #insert(id: string, position: number): number {
    if (4 * (position + 1) > this.#table.length) this.#grow();
    const hash = hashOf(id);
    const table = this.#table;
    const mask = table.length - 2;
    let at = (hash >>> this.#shift) * 2;
    for (let probes = 0; probes < this.#maxProbes; probes++) {
      const taken = table[at] as number;
      if (taken === 0) {
        table[at] = position + 1;
        table[at + 1] = hash;
        this.#ids.push(id);
        return -1;
      }
      if (table[at + 1] === hash && this.#ids[taken - 1] === id) return taken - 1;
      at = (at + 2) & mask;
    }
    this.#fallback = new Map(this.#ids.map((known, position) => [known, position]));
    return this.#insertInMap(id, position);
  }

  #insertInMap(id: string, position: number): number {
    const map = this.#fallback as Map<string, number>;
    const first = map.get(id);
    if (first !== undefined) return first;
    map.set(id, position);
    this.#ids.push(id);
    return -1;
  }

  /** Twice the slots, each id placed again from its kept hash. */
  #grow(): void {
    const old = this.#table;
    const table = new Int32Array(old.length * 2);
    const shift = this.#shift - 1;
    const mask = table.length - 2;
    for (let from = 0; from < old.length; from += 2) {
      const taken = old[from] as number;
      if (taken === 0) continue;
      const hash = old[from + 1] as number;
      let at = (hash >>> shift) * 2;
      while (table[at] !== 0) at = (at + 2) & mask;
      table[at] = taken;
      table[at + 1] = hash;
    }
    this.#table = table;
    this.#shift = shift;
  }
}

/** FNV-1a over the UTF-16 code units, then murmur3's finaliser, so that the top bits depend on every unit. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
