/**
 * Issue 11 §2: iCalendar expansion is identical under any process TZ (CI runs TZ=UTC and
 * TZ=Pacific/Chatham): ical.js expands in floating wall time and slakit's TimeZone converts, so
 * the process's zone never enters. The same script runs under three TZ settings.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { valuesUnder } from '../fixtures/run-under-tz.js';

const script = fileURLToPath(new URL('../fixtures/icalendar-tz-values.ts', import.meta.url));

describe('iCalendar expansion under any process TZ', () => {
  it('1 000 generated rules, the fixture file and the spring-forward window give the same instants under UTC, Pacific/Chatham and America/Santiago', async () => {
    const [utc, chatham, santiago] = await Promise.all(['UTC', 'Pacific/Chatham', 'America/Santiago'].map((tz) => valuesUnder(script, tz)));
    // The processes really ran in different zones: getTimezoneOffset at the epoch differs.
    expect(new Set([utc, chatham, santiago].map((v) => v?.['hostOffsetAtEpoch'])).size).toBe(3);
    const { hostOffsetAtEpoch: _u, ...fromUtc } = utc as Record<string, unknown>;
    for (const other of [chatham, santiago]) {
      const { hostOffsetAtEpoch: _o, ...rest } = other as Record<string, unknown>;
      expect(rest).toEqual(fromUtc);
    }
    expect((fromUtc['generated'] as unknown[]).length).toBe(1000);
    // Hand-computed: 2026-03-29 02:30 Paris is skipped → the gap's end 03:00 CEST (01:00Z) to 03:30 CEST (01:30Z).
    expect(fromUtc['springForward']).toEqual([{ start: '2026-03-29T01:00:00.000Z', end: '2026-03-29T01:30:00.000Z' }]);
    // The fixture over 2026: 1 migration + 6 nightly-db + 3 sunday-patch windows.
    expect((fromUtc['fileWindows'] as unknown[]).length).toBe(10);
  }, 120_000);
});
