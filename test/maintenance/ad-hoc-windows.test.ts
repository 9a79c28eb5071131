/**
 * Announced (ad-hoc) maintenance windows and the minimum-notice rule
 * (Linkando §2.1: six hours; Letsignit §7: no notice required).
 */
import { describe, expect, it } from 'vitest';
import { MaintenanceWindow, SlaInputError, SlaIntervalError, toInstant } from '../../src/index.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const t = (iso: string) => toInstant(iso);

const start = '2026-06-02T10:00:00+02:00';
const end = '2026-06-02T12:00:00+02:00';

function linkando(announcedAt: string | undefined) {
  return MaintenanceWindow.adHoc({
    id: 'announced',
    minimumNotice: { hours: 6 },
    windows: [{ start, end, ...(announcedAt === undefined ? {} : { announcedAt }), id: 'MW-1' }],
  });
}

describe('MaintenanceWindow.adHoc: minimum notice', () => {
  it('Linkando §2.1: announced 5 h 59 min before the start does NOT excuse', () => {
    // 10:00 − 5 h 59 min = 04:01.
    const window = linkando('2026-06-02T04:01:00+02:00');
    const [verdict] = window.evaluate();
    expect(verdict?.excuses).toBe(false);
    expect(verdict?.noticeMs).toBe(5 * HOUR + 59 * MINUTE);
    expect(verdict?.reason).toBe('announced 5 h 59 min before its start; the minimum notice is 6 h');
    expect(window.intervals(t('2026-06-02T00:00:00+02:00'), t('2026-06-03T00:00:00+02:00')).isEmpty).toBe(true);
    expect(window.rejected(t('2026-06-02T00:00:00+02:00'), t('2026-06-03T00:00:00+02:00')).map((v) => v.id)).toEqual(['MW-1']);
  });

  it('Linkando §2.1: announced exactly 6 h before the start excuses', () => {
    const window = linkando('2026-06-02T04:00:00+02:00');
    expect(window.evaluate()[0]?.excuses).toBe(true);
    expect(window.intervals(t('2026-06-02T00:00:00+02:00'), t('2026-06-03T00:00:00+02:00')).measure()).toBe(2 * HOUR);
    expect(window.rejected(t('2026-06-02T00:00:00+02:00'), t('2026-06-03T00:00:00+02:00'))).toEqual([]);
  });

  it('Linkando §2.1: a window never announced does not excuse when a notice is required', () => {
    const [verdict] = linkando(undefined).evaluate();
    expect(verdict?.excuses).toBe(false);
    expect(verdict?.reason).toBe('not announced; the minimum notice is 6 h');
  });

  it('Linkando §2.1: announced after its start does not excuse', () => {
    const [verdict] = linkando('2026-06-02T10:30:00+02:00').evaluate();
    expect(verdict?.excuses).toBe(false);
    expect(verdict?.noticeMs).toBe(-30 * MINUTE);
  });

  it('Letsignit §7: without a minimum notice every announced window excuses, even unannounced', () => {
    const window = MaintenanceWindow.adHoc({ id: 'as-needed', windows: [{ start, end }] });
    const [verdict] = window.evaluate();
    expect(verdict).toMatchObject({ id: 'as-needed[0]', excuses: true });
    expect(window.coverage(t('2026-06-02T00:00:00+02:00'), t('2026-06-03T00:00:00+02:00')).byWindow.map((part) => part.by)).toEqual(['as-needed[0]']);
  });

  it('rejected() only lists windows overlapping the range', () => {
    const window = linkando('2026-06-02T04:01:00+02:00');
    expect(window.rejected(t('2026-06-02T12:00:00+02:00'), t('2026-06-03T00:00:00+02:00'))).toEqual([]);
  });
});

describe('MaintenanceWindow.adHoc: bad input is a typed error naming the field', () => {
  it('window end before start → SlaIntervalError naming windows[0]', () => {
    const make = () => MaintenanceWindow.adHoc({ id: 'a', windows: [{ start: end, end: start }] });
    expect(make).toThrow(SlaIntervalError);
    expect(make).toThrow(/^windows\[0\]: /);
  });

  it('negative notice → SlaInputError naming minimumNotice', () => {
    const make = () => MaintenanceWindow.adHoc({ id: 'a', minimumNotice: -1, windows: [] });
    expect(make).toThrow(SlaInputError);
    expect(make).toThrow(/^minimumNotice: /);
  });

  it('announcedAt without offset → SlaInputError naming windows[0].announcedAt', () => {
    expect(() => MaintenanceWindow.adHoc({ id: 'a', windows: [{ start, end, announcedAt: '2026-06-02T04:00' }] })).toThrow(/^windows\[0\]\.announcedAt: /);
  });
});
