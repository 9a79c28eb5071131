// A contract's ticket statuses keep the clock's lazy fields lazy: `explanation`, `warnings` and
// `targetRule` stay getters of the status's prototype (computed on first read, never own data),
// whether the contract judges the first response alone or every metric. A spread in the contract
// layer used to turn them into data properties, computing an explanation per ticket: 20 000 open
// tickets ran out of memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineContract } from '../../src/index.js';
import { linkando } from '../../src/presets/linkando/index.js';

const MSP = defineContract(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'contracts', 'msp-p1-p4.json'), 'utf8')));
/** Not an own property, and a getter on the status's prototype. */
const lazy = (status: object, field: string): boolean =>
  !Object.hasOwn(status, field) && typeof Object.getOwnPropertyDescriptor(Object.getPrototypeOf(status) as object, field)?.get === 'function';

describe('contract ticket statuses stay lazy', () => {
  it.each([
    ['linkando (first response only)', linkando(), 'critical'],
    ['msp-p1-p4 (every metric, status map)', MSP, 'p2'],
  ] as const)('%s: ticket() and tickets() return getters, and reading one gives the explanation', (_name, contract, priority) => {
    const ticket = { id: 'T-1', priority, openedAt: '2026-06-01T10:00:00Z' };
    const one = contract.ticket(ticket, '2026-06-20T00:00:00Z');
    const batch = contract.tickets([ticket, { ...ticket, id: 'T-2' }], '2026-06-20T00:00:00Z').tickets;
    for (const status of [one, ...batch]) {
      for (const field of ['explanation', 'warnings', 'targetRule']) expect(lazy(status, field), field).toBe(true);
    }
    // Reading it still answers: the first segment starts at the opening, 2026-06-01T10:00Z.
    expect(one.explanation[0]?.start).toBe(Date.parse('2026-06-01T10:00:00Z'));
    // JSON carries them (the status's toJSON reads them), and a status never contains itself.
    expect(JSON.parse(JSON.stringify(batch[0])).explanation.length).toBeGreaterThan(0);
  });
});
