/**
 * Maintenance that does not excuse says why (issue 14 trial): a window
 * announced with less notice than the rule asks, or not announced, excuses
 * nothing, and each commitment's notes name it with the reason.
 */
import { describe, expect, it } from 'vitest';
import { defineContract } from '../../src/index.js';

const acme = defineContract({
  id: 'acme',
  name: 'Acme',
  calendars: {},
  availability: {
    zone: 'UTC',
    maintenance: [{ type: 'adHoc', id: 'scheduled', minimumNotice: 'PT24H' }],
    commitments: [
      { id: 'uptime', target: '99.9', period: 'month' },
      { id: 'latency', period: 'month', metric: { type: 'series', series: 'latency', statistic: 'mean', bound: '300' } },
    ],
  },
});

describe('a window that does not excuse is named in each commitment\'s notes, with the reason', () => {
  const maintenance = [
    // 2026-07-19 01:00 → 07-20 00:00 is 23 h of notice, 1 h short of 24 h.
    { id: 'mnt-1', start: '2026-07-20T00:00:00Z', end: '2026-07-20T05:00:00Z', announcedAt: '2026-07-19T01:00:00Z' },
    { id: 'mnt-2', start: '2026-07-25T00:00:00Z', end: '2026-07-25T01:00:00Z' },
    // 48 h ahead: excuses, no note.
    { id: 'mnt-3', start: '2026-07-28T00:00:00Z', end: '2026-07-28T01:00:00Z', announcedAt: '2026-07-26T00:00:00Z' },
  ];
  const report = acme.availability({
    period: '2026-07',
    incidents: [{ start: '2026-07-20T00:00:00Z', end: '2026-07-20T05:00:00Z' }],
    series: { latency: [{ at: '2026-07-20T01:00:00Z', value: 100 }] },
    maintenance,
  });
  const expected = ['maintenance window mnt-1 does not excuse: announced 23 h before its start; the minimum notice is 24 h', 'maintenance window mnt-2 does not excuse: not announced; the minimum notice is 24 h'];

  it('the downtime commitment: 5 h counted (nothing excused), and both windows noted', () => {
    expect(report.commitments[0]?.countedDowntimeMs).toBe(5 * 3_600_000);
    expect(report.commitments[0]?.notes).toEqual(expected);
  });

  it('the series commitment: its point inside mnt-1 counts (mean 100), and both windows noted', () => {
    expect(report.seriesCommitments[0]).toMatchObject({ points: 1, value: 100, ignored: { excused: 0, maintenance: 0 } });
    expect(report.seriesCommitments[0]?.notes).toEqual(expected);
  });

  it('a window outside the period gives no note', () => {
    const august = acme.availability({ period: '2026-08', series: { latency: [{ at: '2026-08-02T00:00:00Z', value: 100 }] }, maintenance });
    expect(august.commitments[0]?.notes).toEqual([]);
  });
});
