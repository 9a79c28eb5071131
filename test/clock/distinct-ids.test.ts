/**
 * The duplicate-id check of a batch (DistinctIds): the first repeated id is
 * refused at its position, naming the earlier one, exactly as a plain scan of
 * the earlier ids finds it — whether the table was sized for the batch or
 * grew, and after it gave way to a Map (probe limit lowered).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DistinctIds } from '../../src/clock/distinct-ids.js';
import { ResponseTimeClock } from '../../src/clock/response-time-clock.js';
import { TicketClock } from '../../src/clock/ticket-clock.js';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { SlaInputError } from '../../src/errors.js';

/** Add every id; the field and message of the error, or null when all are distinct. */
function firstRepeat(ids: readonly string[], expected: number, maxProbes?: number): { field: string; message: string } | null {
  const distinct = new DistinctIds(expected, maxProbes);
  try {
    for (const id of ids) distinct.add(id);
  } catch (error) {
    if (!(error instanceof SlaInputError)) throw error;
    return { field: error.field, message: error.message };
  }
  return null;
}

/** The reference: a plain scan of the earlier ids. */
function scan(ids: readonly string[]): { position: number; first: number } | null {
  for (let position = 0; position < ids.length; position++) {
    const first = ids.indexOf(ids[position] as string);
    if (first < position) return { position, first };
  }
  return null;
}

describe('DistinctIds: the first repeated id, at its position, naming the earlier one', () => {
  it('["A", "B", "A"]: tickets[2].id repeats tickets[0]', () => {
    const repeat = firstRepeat(['A', 'B', 'A'], 3);
    expect(repeat?.field).toBe('tickets[2].id');
    expect(repeat?.message).toContain('an id not already used by tickets[0]');
    expect(repeat?.message).toContain('"A"');
  });

  it('ids that differ only in case or by a code unit are distinct', () => {
    expect(firstRepeat(['a', 'A', 'a\u0000', 'é', 'e\u0301', ''], 0)).toBeNull();
  });

  it('a thousand distinct ids in a table sized for 0 (it grows seven times: 16 → 2048 slots, twice the ids at most), then a repeat of the 500th', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `T-${i}`);
    expect(firstRepeat(ids, 0)).toBeNull();
    const repeat = firstRepeat([...ids, 'T-499'], 0);
    expect(repeat?.field).toBe('tickets[1000].id');
    expect(repeat?.message).toContain('tickets[499]');
  });

  it('agrees with a plain scan on any ids, any sizing, any probe limit (the Map after the limit)', () => {
    const id = fc.oneof(fc.constantFrom('A', 'B', 'T-1', 'T-10', 't-1', ''), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), fc.nat(80), fc.constantFrom(undefined, 0, 1, 2, 64), (ids, expected, maxProbes) => {
        const reference = scan(ids);
        const repeat = firstRepeat(ids, expected, maxProbes);
        if (reference === null) expect(repeat).toBeNull();
        else {
          expect(repeat?.field).toBe(`tickets[${reference.position}].id`);
          expect(repeat?.message).toContain(`an id not already used by tickets[${reference.first}]`);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('both clocks refuse a repeated id the same way', () => {
  const always = BusinessCalendar.always('UTC');
  const tickets = [
    { id: 'X', priority: 'p', openedAt: 0 },
    { id: 'Y', priority: 'p', openedAt: 0 },
    { id: 'X', priority: 'p', openedAt: 1 },
  ];
  it.each([
    ['ResponseTimeClock', () => new ResponseTimeClock({ priorities: { p: { target: 'PT1H', calendar: always } } }).evaluate(tickets, 10)],
    ['TicketClock', () => new TicketClock({ metrics: { firstResponse: { priorities: { p: { target: 'PT1H', calendar: always } } } } }).evaluate(tickets, 10)],
  ])('%s.evaluate: tickets[2].id repeats tickets[0]', (_name, evaluate) => {
    expect(evaluate).toThrow(SlaInputError);
    expect(evaluate).toThrow('tickets[2].id: expected an id not already used by tickets[0]');
  });
});
