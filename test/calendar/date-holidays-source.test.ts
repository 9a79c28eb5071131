/**
 * Region codes load date-holidays on demand (issue 11 §5, issue 13 cold start): the main entry does not import it;
 * Node ≥ 20.16 loads it at the first region code; elsewhere `import 'slakit/holidays'` (registerDateHolidays) is
 * needed, and its absence is a typed error that says so.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const processWithHook = globalThis.process as unknown as { getBuiltinModule?: unknown };
const original = processWithHook.getBuiltinModule;

afterEach(() => {
  processWithHook.getBuiltinModule = original;
  vi.resetModules();
});

describe('date-holidays on demand', () => {
  it('Node loads it at the first region code: FR closes 1 May 2026 (Friday), not Monday 4 May', async () => {
    vi.resetModules();
    const { dateHolidays } = await import('../../src/calendar/holidays.js');
    const fr = dateHolidays('FR');
    expect(fr.datesInYear(2026)).toContain('2026-05-01');
    expect(fr.datesInYear(2026)).not.toContain('2026-05-04');
  });

  it('a runtime that cannot load it (no process.getBuiltinModule) and no registration: a typed error naming the region and the import', async () => {
    vi.resetModules();
    processWithHook.getBuiltinModule = undefined;
    const { dateHolidays } = await import('../../src/calendar/holidays.js');
    // After resetModules, the error class is this module graph's own.
    const { SlaInputError } = await import('../../src/errors.js');
    let error: unknown;
    try {
      dateHolidays('DE-BY');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SlaInputError);
    expect(error).toMatchObject({ field: 'holidays.region', value: 'DE-BY' });
    expect((error as InstanceType<typeof SlaInputError>).expected).toContain('import "slakit/holidays"');
  });

  it('the slakit/holidays entry registers it: the same runtime then reads region codes (DE-BY: 6 Jan 2026 is Epiphany)', async () => {
    vi.resetModules();
    processWithHook.getBuiltinModule = undefined;
    const entry = await import('../../src/holidays.js');
    expect(entry.dateHolidays('DE-BY').datesInYear(2026)).toContain('2026-01-06');
  });

  it('registerDateHolidays refuses what is not a class, naming holidays', async () => {
    vi.resetModules();
    const { registerDateHolidays } = await import('../../src/calendar/date-holidays-source.js');
    const { SlaInputError } = await import('../../src/errors.js');
    expect(() => registerDateHolidays('date-holidays' as never)).toThrow(SlaInputError);
    expect(() => registerDateHolidays('date-holidays' as never)).toThrow(/^holidays: expected the date-holidays class/);
  });
});
