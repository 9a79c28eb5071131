/**
 * Issue 12 §3: pause-audit findings are identical under any process TZ. The
 * audits of 1 000 random tickets (fixed seed) are computed in child processes
 * under three TZ settings and compared with each other and with this process.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { valuesUnder } from '../fixtures/run-under-tz.js';

const script = fileURLToPath(new URL('../fixtures/pause-audit-tz-values.ts', import.meta.url));

describe('pause audit under any process TZ (issue 12 §3)', () => {
  it('1 000 audits are the same under UTC, Pacific/Chatham and America/Santiago', async () => {
    const [utc, chatham, santiago] = await Promise.all(['UTC', 'Pacific/Chatham', 'America/Santiago'].map((tz) => valuesUnder(script, tz)));
    // The zones really differ: on 2026-06-01 Chatham is UTC+12:45 (offset −765 min), Santiago UTC−4 (+240).
    expect([utc?.hostOffsetAtEpoch, chatham?.hostOffsetAtEpoch, santiago?.hostOffsetAtEpoch]).toEqual([0, -765, 240]);
    const audits = (values: Record<string, unknown> | undefined) => values?.['audits'] as { findings: unknown[] }[];
    expect(audits(utc)).toHaveLength(1000);
    expect(audits(utc).some((audit) => audit.findings.length > 0)).toBe(true);
    expect(audits(chatham)).toEqual(audits(utc));
    expect(audits(santiago)).toEqual(audits(utc));
  }, 120_000);
});
