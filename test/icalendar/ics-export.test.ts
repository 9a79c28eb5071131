/**
 * Issue 11 §2: maintenance windows and due instants exported as iCalendar (RFC 5545) a team can
 * subscribe to: CRLF, lines folded at 75 octets, TEXT escaped, UID and DTSTAMP; read back by
 * icsWindows exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlaInputError, SlaIntervalError, icsWindows, toIcs } from '../../src/index.js';

const STAMP = '2026-03-01T00:00:00Z';
const OCTETS = new TextEncoder();

describe('toIcs', () => {
  const text = toIcs(
    [{ uid: 'nightly@2026-03-29', start: '2026-03-29T01:00:00Z', end: '2026-03-29T01:30:00Z', summary: 'Maintenance: nightly, DB; 02:30\\03:30', description: 'line one\nline two' }],
    { stamp: STAMP, name: 'ACME maintenance' },
  );

  it('writes one VCALENDAR with CRLF line ends, UTC times, UID and DTSTAMP', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//slakit//slakit//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:ACME maintenance',
      'BEGIN:VEVENT',
      'UID:nightly@2026-03-29',
      'DTSTAMP:20260301T000000Z',
      'DTSTART:20260329T010000Z',
      'DTEND:20260329T013000Z',
      // RFC 5545 §3.3.11: "," ";" "\" escaped with a backslash.
      'SUMMARY:Maintenance: nightly\\, DB\\; 02:30\\\\03:30',
      'DESCRIPTION:line one\\nline two',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('a zero-length event (a due instant) has DTSTART and no DTEND: RFC 5545 §3.8.2.2 wants DTEND later than DTSTART', () => {
    const point = toIcs(
      [
        { uid: 'due', start: '2026-06-02T14:00:00Z', summary: 'due' },
        { uid: 'same', start: '2026-06-02T14:00:00Z', end: '2026-06-02T14:00:00Z', summary: 'due' },
      ],
      { stamp: STAMP },
    ).split('\r\n');
    expect(point.filter((line) => line === 'DTSTART:20260602T140000Z')).toHaveLength(2);
    expect(point.filter((line) => line.startsWith('DTEND'))).toEqual([]);
    // …and it reads back as a window of length 0.
    const back = icsWindows(point.join('\r\n'), { zone: 'UTC', from: '2026-06-02T00:00:00Z', to: '2026-06-03T00:00:00Z' });
    expect(back.windows.map((w) => w.end - w.start)).toEqual([0, 0]);
  });

  it('folds lines at 75 octets, never inside a UTF-8 character; unfolding gives the line back', () => {
    // 'é' is 2 octets: "SUMMARY:" (8) + 60 × 2 = 128 octets → 75 on the first line (8 + 33 é = 74, the 34th would make 76), the rest after a space.
    const long = toIcs([{ uid: 'u', start: 0, end: 0, summary: 'é'.repeat(60) }], { stamp: 0 });
    const lines = long.split('\r\n');
    for (const line of lines) expect(OCTETS.encode(line).length).toBeLessThanOrEqual(75);
    const at = lines.findIndex((line) => line.startsWith('SUMMARY:'));
    expect(lines[at]).toBe(`SUMMARY:${'é'.repeat(33)}`);
    expect(lines[at + 1]).toBe(` ${'é'.repeat(27)}`);
  });

  it('refuses instants with milliseconds, an end before the start, an empty UID, control characters', () => {
    expect(() => toIcs([{ uid: 'u', start: '2026-03-29T01:00:00.500Z', end: '2026-03-29T02:00:00Z', summary: 's' }], { stamp: STAMP })).toThrow(/^events\[0\]\.start: expected an instant of whole seconds/);
    expect(() => toIcs([{ uid: 'u', start: '2026-03-29T02:00:00Z', end: '2026-03-29T01:00:00Z', summary: 's' }], { stamp: STAMP })).toThrow(SlaIntervalError);
    expect(() => toIcs([{ uid: '', start: 0, end: 0, summary: 's' }], { stamp: STAMP })).toThrow(/^events\[0\]\.uid: expected a non-empty string/);
    expect(() => toIcs([{ uid: 'u', start: 0, end: 0, summary: 'bell\u0007' }], { stamp: STAMP })).toThrow(SlaInputError);
    expect(() => toIcs([], { stamp: '2026-03-01T00:00:00.001Z' })).toThrow(/^stamp:/);
  });
});

describe('property: export then import round-trips windows exactly (1 000 runs)', () => {
  const second = fc.integer({ min: 0, max: 4_102_444_800 }).map((s) => s * 1000); // 1970 → 2100
  const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).filter((s) => !/[\u0000-\u001f\u007f]/.test(s));
  const windowSpec = fc.record({ start: second, length: fc.integer({ min: 0, max: 40 * 86_400 }).map((s) => s * 1000), summary: fc.oneof(text, text.map((s) => `${s}\n${s}`)) });

  it('same UIDs, starts, ends and summaries, under zone-independent UTC times', () => {
    fc.assert(
      fc.property(fc.array(windowSpec, { minLength: 1, maxLength: 8 }), fc.constantFrom('UTC', 'Europe/Paris', 'Pacific/Chatham'), (specs, zone) => {
        const events = specs.map((spec, i) => ({ uid: `w${i},;\\${spec.start}@slakit`, start: spec.start, end: spec.start + spec.length, summary: spec.summary }));
        const from = Math.min(...events.map((e) => e.start));
        const to = Math.max(...events.map((e) => e.end)) + 1;
        const read = icsWindows(toIcs(events, { stamp: STAMP }), { zone, from, to });
        expect(read.rejected).toEqual([]);
        const key = (w: { uid: string; start: number; end: number; summary?: string }) => [w.uid, w.start, w.end, w.summary];
        const sort = (list: unknown[][]) => list.sort((a, b) => String(a).localeCompare(String(b)));
        expect(sort(read.windows.map(key))).toEqual(sort(events.map(key)));
      }),
      { numRuns: 1000 },
    );
  });
});
