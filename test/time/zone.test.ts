import { describe, expect, it } from 'vitest';
import { SlaZoneError } from '../../src/errors.js';
import { TimeZone } from '../../src/time/zone.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('TimeZone — offsets from the tz database', () => {
  it('offsets in minutes: Paris 60/120, New York -300/-240, Chatham 765/825, Lord Howe 630/660, Kathmandu 345', () => {
    const january = Date.UTC(2026, 0, 15);
    const july = Date.UTC(2026, 6, 15);
    expect(TimeZone.of('Europe/Paris').offsetMinutes(january)).toBe(60);
    expect(TimeZone.of('Europe/Paris').offsetMinutes(july)).toBe(120);
    expect(TimeZone.of('America/New_York').offsetMinutes(january)).toBe(-300);
    expect(TimeZone.of('America/New_York').offsetMinutes(july)).toBe(-240);
    // Chatham: +12:45 standard (July, southern winter), +13:45 daylight (January)
    expect(TimeZone.of('Pacific/Chatham').offsetMinutes(july)).toBe(12 * 60 + 45);
    expect(TimeZone.of('Pacific/Chatham').offsetMinutes(january)).toBe(13 * 60 + 45);
    // Lord Howe: +10:30 standard, +11:00 daylight (a 30-minute DST)
    expect(TimeZone.of('Australia/Lord_Howe').offsetMinutes(july)).toBe(10 * 60 + 30);
    expect(TimeZone.of('Australia/Lord_Howe').offsetMinutes(january)).toBe(11 * 60);
    expect(TimeZone.of('Asia/Kathmandu').offsetMinutes(july)).toBe(5 * 60 + 45);
  });

  it('issue 15: offsets with seconds are whole milliseconds (local mean times): Paris +00:09:21, Monrovia −00:44:30, Santiago −04:42:45, Dublin −00:25:21', () => {
    // Paris mean time until 1911-03-11: 9 min 21 s = 561 s = 561 000 ms
    expect(TimeZone.of('Europe/Paris').offsetMs(Date.UTC(1905, 0, 1))).toBe(561_000);
    expect(TimeZone.of('Europe/Paris').offsetMinutes(Date.UTC(1905, 0, 1))).toBe(9.35); // 561 / 60
    // Monrovia 1919–1972: −(44 min 30 s) = −2 670 s
    expect(TimeZone.of('Africa/Monrovia').offsetMs(Date.UTC(1960, 0, 1))).toBe(-2_670_000);
    // Santiago mean time until 1910: −(4 h 42 min 45 s) = −(14 400 + 2 520 + 45) s = −16 965 s
    expect(TimeZone.of('America/Santiago').offsetMs(Date.UTC(1905, 0, 1))).toBe(-16_965_000);
    // Dublin mean time until 1916: −(25 min 21 s) = −1 521 s; 1 521 / 60 = 25.35 is not exact in binary, the ms are
    expect(TimeZone.of('Europe/Dublin').offsetMs(Date.UTC(1910, 0, 1))).toBe(-1_521_000);
    // wall time is the instant plus the exact offset: 00:00Z + 0:09:21 = 00:09:21
    expect(TimeZone.of('Europe/Paris').toWall(Date.UTC(1905, 0, 1))).toBe(Date.UTC(1905, 0, 1, 0, 9, 21));
    // and back: wall 23:15:30 on 1959-12-31 at −00:44:30 is 1960-01-01 00:00Z
    expect(TimeZone.of('Africa/Monrovia').fromWall(Date.UTC(1959, 11, 31, 23, 15, 30))).toBe(Date.UTC(1960, 0, 1));
  });

  it('§0: the offset changes exactly at the transition instant (Paris 2026-03-29 01:00Z, to the millisecond)', () => {
    const paris = TimeZone.of('Europe/Paris');
    const change = Date.UTC(2026, 2, 29, 1); // 02:00 CET = 01:00Z
    expect(paris.offsetMinutes(change - 1)).toBe(60);
    expect(paris.offsetMinutes(change)).toBe(120);
    // fall back: 03:00 CEST = 01:00Z on 2026-10-25
    const back = Date.UTC(2026, 9, 25, 1);
    expect(paris.offsetMinutes(back - 1)).toBe(120);
    expect(paris.offsetMinutes(back)).toBe(60);
  });

  it('toWall adds the offset: 12:00Z is 13:00 wall time in Paris in January', () => {
    expect(TimeZone.of('Europe/Paris').toWall(Date.UTC(2026, 0, 15, 12))).toBe(Date.UTC(2026, 0, 15, 13));
  });

  it('§0 DST gap, points ("compatible"): Paris 02:30 on 2026-03-29 → 03:30 CEST = 01:30Z', () => {
    const wall = Date.UTC(2026, 2, 29, 2, 30);
    expect(TimeZone.of('Europe/Paris').fromWall(wall, 'compatible')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(TimeZone.of('Europe/Paris').fromWall(wall)).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it('issue 2 DST gap, range bounds ("boundary"): Paris 02:30 on 2026-03-29 → 03:00 CEST = 01:00Z', () => {
    expect(TimeZone.of('Europe/Paris').fromWall(Date.UTC(2026, 2, 29, 2, 30), 'boundary')).toBe(Date.UTC(2026, 2, 29, 1));
  });

  it('§0 DST overlap: Paris 02:30 on 2026-10-25 → the earlier instant, 02:30 CEST = 00:30Z, in both modes', () => {
    const wall = Date.UTC(2026, 9, 25, 2, 30);
    expect(TimeZone.of('Europe/Paris').fromWall(wall, 'compatible')).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(TimeZone.of('Europe/Paris').fromWall(wall, 'boundary')).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('§0 30-minute DST gap: Lord Howe 2026-10-04 02:15 → 02:45 +11 (compatible) or 02:30 +11 (boundary)', () => {
    // Lord Howe springs forward 02:00 → 02:30 on the first Sunday of October (2026-10-04).
    const lordHowe = TimeZone.of('Australia/Lord_Howe');
    const wall = Date.UTC(2026, 9, 4, 2, 15);
    // 02:45 at +11:00 = 15:45Z on Oct 3
    expect(lordHowe.fromWall(wall, 'compatible')).toBe(Date.UTC(2026, 9, 3, 15, 45));
    // 02:30 at +11:00 = 15:30Z on Oct 3
    expect(lordHowe.fromWall(wall, 'boundary')).toBe(Date.UTC(2026, 9, 3, 15, 30));
  });

  it('§0 Chatham gap at 02:45: 2026-09-27 03:00 → 04:00 +13:45 (compatible) or 03:45 +13:45 (boundary)', () => {
    // Chatham springs forward 02:45 → 03:45 on the last Sunday of September (2026-09-27).
    const chatham = TimeZone.of('Pacific/Chatham');
    const wall = Date.UTC(2026, 8, 27, 3);
    // 04:00 - 13:45 = 14:15Z on Sep 26
    expect(chatham.fromWall(wall, 'compatible')).toBe(Date.UTC(2026, 8, 26, 14, 15));
    // 03:45 - 13:45 = 14:00Z on Sep 26
    expect(chatham.fromWall(wall, 'boundary')).toBe(Date.UTC(2026, 8, 26, 14));
  });

  it('fromWall inverts toWall away from transitions (Tokyo, New York)', () => {
    const t = Date.UTC(2026, 6, 1, 3, 17, 29, 123);
    for (const name of ['Asia/Tokyo', 'America/New_York', 'Pacific/Chatham']) {
      const zone = TimeZone.of(name);
      expect(zone.fromWall(zone.toWall(t))).toBe(t);
    }
    expect(TimeZone.of('Asia/Tokyo').toWall(0) - 0).toBe(9 * HOUR);
    expect(TimeZone.of('Asia/Kathmandu').toWall(0)).toBe(5 * HOUR + 30 * MINUTE); // Kathmandu was +05:30 in 1970
  });

  it('issue 2: an unknown zone is an SlaZoneError naming the field and the zone', () => {
    let caught: unknown;
    try {
      TimeZone.of('Mars/Base', 'calendar.zone');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SlaZoneError);
    expect((caught as Error).message.startsWith('calendar.zone: ')).toBe(true);
    expect((caught as Error).message).toContain('Mars/Base');
  });
});
