/**
 * Issue 15: bad input never yields a silently wrong number. An options object
 * written in plain JavaScript or JSON with a misspelled key (`incident` for
 * `incidents`) used to be read as "no incidents" and report 100 %; every key
 * of the availability inputs is now checked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AvailabilityPeriod, computeAvailability } from '../../src/index.js';
import { expectInputError } from '../presets/helpers.js';
import { letsignit } from '../../src/presets/letsignit/index.js';

// A 4 h internal outage in March 2026 (Europe/Paris: 743 h, DST on the 29th):
// 1 − 4/743 = 99.4616 % → the 3 % row of the credit table.
const outage = [{ start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T14:00:00+01:00', cause: 'internal' }];

describe('misspelled keys in availability inputs are refused, not read as absent', () => {
  it('the control: the correctly spelled input gives the 3 % credit', () => {
    expect(letsignit().availability({ period: '2026-03', incidents: outage }).credit?.percent).toBe(3);
  });

  it('Contract.availability({ incident: […] }) names input.incident instead of reporting 100 % and no credit', () => {
    const error = expectInputError(() => letsignit().availability({ period: '2026-03', incident: outage } as never), 'input.incident');
    expect(error.expected).toContain('incidents');
  });

  it('byCommitment.server.incident names byCommitment.server.incident', () => {
    expectInputError(() => letsignit().availability({ period: '2026-03', byCommitment: { server: { incident: outage } } } as never), 'byCommitment.server.incident');
  });

  it('computeAvailability({ incident: […] }) names options.incident', () => {
    const period = AvailabilityPeriod.month(2026, 3, 'Europe/Paris');
    expectInputError(() => computeAvailability({ period, incident: outage } as never), 'options.incident');
    // The control: 4 h of 743 h counted.
    expect(computeAvailability({ period, incidents: outage }).countedDowntimeMs).toBe(4 * 3_600_000);
  });

  const known = new Set([
    'incidents', 'probes', 'requests', 'series', 'population', 'causeAliases', 'unknownCauses', 'period', 'lifetime',
    'maintenance', 'maintenanceUsedBeforeMs', 'feeMinor', 'currency', 'claims', 'scope', 'byCommitment',
  ]);
  const unknownKey = fc
    .oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)), fc.constantFrom('incident', 'Incidents', 'fee', 'probe', 'periods'))
    .filter((key) => !known.has(key) && key !== '__proto__');

  it('property: any key outside the input shape, prototype names included, is an SlaInputError naming it (1 000 runs)', () => {
    const contract = letsignit();
    fc.assert(
      fc.property(unknownKey, fc.anything(), (key, value) => {
        // defineProperty: an own key even for names such as "constructor".
        const input = Object.defineProperty({ period: '2026-03', incidents: outage }, key, { value, enumerable: true });
        expectInputError(() => contract.availability(input), `input.${key}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('an own "__proto__" key (as JSON.parse makes it) is refused too', () => {
    const input = JSON.parse('{"period":"2026-03","__proto__":{"incidents":[]}}');
    expectInputError(() => letsignit().availability(input), 'input.__proto__');
  });
});
