/**
 * Issue 10 acceptance, "results identical under any TZ", as a property: test/fixtures/tz-property-values.ts
 * draws 1,000 calendar cases and 1,000 helpdesk tickets with a FIXED fast-check seed (every process draws the
 * same inputs) and prints every answer — `before`, `previousOpen`, `previousClose`, `due`, `elapsed`, each rule
 * target and reading, on calendars with special hours and a day shortened before a holiday, and the next-reply,
 * periodic-update and resolution cycles of a TicketClock with status pauses. The same script runs in child
 * processes under four process time zones (whole, half-hour, quarter-hour and DST offsets); the outputs must
 * be identical, and varied enough that the comparison means something.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { valuesUnder } from './fixtures/run-under-tz.js';

const script = fileURLToPath(new URL('./fixtures/tz-property-values.ts', import.meta.url));

interface Output {
  readonly hostOffsetAtEpoch: number;
  readonly calendarAnswers: readonly Record<string, unknown>[];
  readonly ticketAnswers: readonly Record<string, readonly [string, string][] | undefined>[];
}

describe('property: results identical under any process TZ (issue 10, 1,000 + 1,000 fixed-seed cases)', () => {
  it('TZ=UTC, Pacific/Chatham, America/St_Johns and Asia/Kathmandu print the same answers', async () => {
    const [utc, chatham, stJohns, kathmandu] = (await Promise.all(['UTC', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Kathmandu'].map((tz) => valuesUnder(script, tz)))) as unknown as Output[];
    // The children really ran in those zones: getTimezoneOffset at the epoch is −(UTC offset) in minutes.
    // 1970-01-01: Chatham +12:45 (no DST then), St John's −03:30 (winter), Kathmandu +05:30 (+05:45 only from 1986).
    expect([utc, chatham, stJohns, kathmandu].map((output) => output?.hostOffsetAtEpoch)).toEqual([0, -(12 * 60 + 45), 3 * 60 + 30, -(5 * 60 + 30)]);
    const answers = (output: Output | undefined) => ({ calendarAnswers: output?.calendarAnswers, ticketAnswers: output?.ticketAnswers });
    expect(answers(chatham)).toEqual(answers(utc));
    expect(answers(stJohns)).toEqual(answers(utc));
    expect(answers(kathmandu)).toEqual(answers(utc));

    // Non-trivial: 1,000 cases each, most answers distinct, every rule and metric exercised.
    const { calendarAnswers, ticketAnswers } = utc as Output;
    expect(calendarAnswers).toHaveLength(1000);
    expect(ticketAnswers).toHaveLength(1000);
    const distinct = (values: readonly unknown[]) => new Set(values.map((value) => JSON.stringify(value))).size;
    for (const key of ['before', 'previousOpen', 'previousClose', 'due', 'elapsedMs', 'rule']) {
      expect(distinct(calendarAnswers.map((answer) => answer[key])), key).toBeGreaterThanOrEqual(400);
    }
    expect(distinct(ticketAnswers)).toBeGreaterThanOrEqual(500);
    const states = (metric: string) => new Set(ticketAnswers.flatMap((answer) => (answer[metric] ?? []).map(([, state]) => state)));
    for (const metric of ['nextReply', 'periodicUpdate', 'resolution']) expect([...states(metric)].sort(), metric).toEqual(['met', 'missed', 'paused', 'running']);
  }, 60_000);
});
