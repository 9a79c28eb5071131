// Each preset brings the holiday tables of the regions it names (issue 11 §5): every region code a preset
// definition can hold, under any reading of its options, is a tabled region the factory registers — except
// a region the user names (signinapp's holidayRegion), which reads date-holidays unless it is tabled.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLED_REGIONS } from '../../scripts/generate-holidays.js';
import { holidayTableOf } from '../../src/calendar/holiday-table.js';
import type { ContractDefinition } from '../../src/contract/schema.js';
import { letsignit, letsignitDefinition } from '../../src/presets/letsignit/index.js';
import { linkando, linkandoDefinition } from '../../src/presets/linkando/index.js';
import { lumapps, lumappsDefinition } from '../../src/presets/lumapps/index.js';
import { signinapp, signinappDefinition } from '../../src/presets/signinapp/index.js';
import { sitekiosk, sitekioskDefinition } from '../../src/presets/sitekiosk/index.js';
import { letsignitOptions, linkandoOptions, lumappsOptions, signinappOptions, sitekioskOptions } from './option-arbitraries.js';

const PRESETS = [
  { name: 'letsignit', factory: letsignit, definition: letsignitDefinition, options: letsignitOptions, tabled: ['FR'] },
  { name: 'linkando', factory: linkando, definition: linkandoDefinition, options: linkandoOptions, tabled: ['DE-RP'] },
  { name: 'lumapps', factory: lumapps, definition: lumappsDefinition, options: lumappsOptions, tabled: ['FR', 'US', 'JP'] },
  { name: 'signinapp', factory: signinapp, definition: signinappDefinition, options: signinappOptions, tabled: ['GB-ENG'] },
  { name: 'sitekiosk', factory: sitekiosk, definition: sitekioskDefinition, options: sitekioskOptions, tabled: ['DE-NW', 'US'] },
] as const;

const regionsOf = (definition: ContractDefinition): string[] =>
  Object.values(definition.calendars).flatMap((calendar) => ('holidays' in calendar && calendar.holidays ? [...calendar.holidays] : []));

describe('every region a preset names has a table the preset registers', () => {
  for (const preset of PRESETS) {
    it(`${preset.name}: its definitions name only ${preset.tabled.join(', ')} (and a user-named region), each registered by ${preset.name}()`, () => {
      (preset.factory as () => unknown)();
      for (const region of preset.tabled) expect(holidayTableOf(region)?.region).toBe(region);
      fc.assert(
        fc.property(preset.options as fc.Arbitrary<Record<string, unknown>>, (options) => {
          const named = regionsOf((preset.definition as (o: unknown) => ContractDefinition)(options));
          const userNamed = options['holidayRegion'];
          for (const region of named) if (region !== userNamed) expect(preset.tabled).toContain(region);
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('the tabled regions are exactly those the presets name', () => {
    expect([...new Set(PRESETS.flatMap((preset) => preset.tabled))].sort()).toEqual([...TABLED_REGIONS].sort());
  });
});
