// A preset builds its Contract from its definition without the schema library (zod): only the
// cross-reference checks run (issue 11 §5). That is sound only if every definition a preset can
// produce passes the schema AND the schema hands back the very same value (no transform, default
// or stripped key), so that skipping it can never change a number. Both are checked here for every
// preset over its options: the closed choices enumerated by fast-check, the free-form ones (zones,
// holiday regions, closure dates, rounding minutes) drawn from valid values. A bad free-form value
// is still a typed error at the path defineContract names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractDefinitionSchema } from '../../src/contract/schema.js';
import { SlaDefinitionError, SlaError } from '../../src/errors.js';
import { letsignit, letsignitDefinition } from '../../src/presets/letsignit/index.js';
import { linkando, linkandoDefinition } from '../../src/presets/linkando/index.js';
import { lumapps, lumappsDefinition } from '../../src/presets/lumapps/index.js';
import { signinapp, signinappDefinition } from '../../src/presets/signinapp/index.js';
import { sitekiosk, sitekioskDefinition } from '../../src/presets/sitekiosk/index.js';
import { definitionErrorOf } from './helpers.js';
import { letsignitOptions, linkandoOptions, lumappsOptions, signinappOptions, sitekioskOptions } from './option-arbitraries.js';

const PRESETS = [
  { name: 'letsignit', definition: letsignitDefinition, options: letsignitOptions },
  { name: 'linkando', definition: linkandoDefinition, options: linkandoOptions },
  { name: 'lumapps', definition: lumappsDefinition, options: lumappsOptions },
  { name: 'signinapp', definition: signinappDefinition, options: signinappOptions },
  { name: 'sitekiosk', definition: sitekioskDefinition, options: sitekioskOptions },
] as const;

describe('preset definitions pass the schema unchanged (presets build without zod)', () => {
  for (const preset of PRESETS) {
    it(`${preset.name}: every option combination passes contractDefinitionSchema and parses to a deep-equal value`, () => {
      fc.assert(
        fc.property(preset.options as fc.Arbitrary<never>, (options) => {
          const definition = (preset.definition as (o: unknown) => unknown)(options);
          const parsed = contractDefinitionSchema.safeParse(definition);
          expect(parsed.success).toBe(true);
          // Deep equality both ways (toStrictEqual: no key added, dropped, or turned undefined).
          expect(parsed.data).toStrictEqual(definition);
        }),
        { numRuns: 1000 },
      );
    });
  }
});

describe('a bad free-form preset option is a typed error, at the path defineContract names', () => {
  // Zod-free, the value reaches the primitive (TimeZone, BusinessCalendar, the holiday provider),
  // which refuses it at definition time; defineContract's schema refuses it at the same path.
  const cases: [string, () => unknown, unknown, string][] = [
    ['signinapp zone', () => signinapp({ zone: 'Europe/Londn' }), signinappDefinition({ zone: 'Europe/Londn' }), 'calendars.support.zone'],
    ['signinapp holidayRegion', () => signinapp({ holidayRegion: 'GB-XYZ' }), signinappDefinition({ holidayRegion: 'GB-XYZ' }), 'calendars.support.holidays[0]'],
    ['sitekiosk northAmericaZone', () => sitekiosk({ northAmericaZone: 'America/Nowhere' }), sitekioskDefinition({ northAmericaZone: 'America/Nowhere' }), 'calendars.supportNorthAmerica.zone'],
    ['sitekiosk companyClosures', () => sitekiosk({ companyClosures: ['2026-02-30'] }), sitekioskDefinition({ companyClosures: ['2026-02-30'] }), 'calendars.supportEurope.closedDates[0]'],
  ];
  for (const [name, factory, definition, path] of cases) {
    it(`${name}: the factory and defineContract both fail at ${path}`, () => {
      expect(definitionErrorOf(definition).path).toBe(path);
      let error: unknown;
      try {
        factory();
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(SlaError);
      const paths = error instanceof SlaDefinitionError ? error.issues.map((issue) => issue.path) : [(error as { field?: string }).field];
      expect(paths).toContain(path);
    });
  }

  it('the presets answer like defineContract on their definition (one value each: letsignit, linkando, lumapps)', () => {
    // letsignit §3: received Sat 2026-05-02 10:00 Paris, 24 h of jours ouvrables (Mon–Sat, FR holidays; Fri 1 May is one):
    // Sat 10:00 → Sat 24:00 is 14 h, Sun closed, Mon 4 May 00:00 + 10 h = 10:00 Paris = 08:00Z.
    expect(new Date(letsignit().due('escalation', '2026-05-02T10:00:00+02:00').dueAt).toISOString()).toBe('2026-05-04T08:00:00.000Z');
    expect(linkando().id).toBe('linkando');
    expect(lumapps().regions).toEqual(['emea', 'nam', 'latam', 'apac']);
  });
});
