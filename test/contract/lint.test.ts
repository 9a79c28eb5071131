/**
 * Issue 12 §5: contract lint. Each check on a small definition built from
 * examples/own-contract.json (ACME: 99.9 % monthly, credits below 99.9 %,
 * a Sunday 02:00–04:00 Paris maintenance window), and the acceptance line on
 * Letsignit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ContractDefinition, SlaDefinitionError, SlaInputError, lintContract } from '../../src/index.js';
import { letsignit } from '../../src/presets/letsignit/index.js';

const acme = JSON.parse(readFileSync(new URL('../../examples/own-contract.json', import.meta.url), 'utf8')) as ContractDefinition;
const FROM = '2026-01-01T00:00:00Z';
const src = (section: string) => ({ document: 'acme', section, quote: section });
const codes = (definition: ContractDefinition, from?: string) => lintContract(definition, from === undefined ? {} : { from }).warnings.map((w) => w.code);
/** ACME with the Sunday window moved out of the DST gap (03:00–04:00 exists every Sunday in Paris). */
const clean: ContractDefinition = { ...acme, availability: { ...acme.availability!, maintenance: [{ type: 'weekly', id: 'sunday-night', day: 'sun', from: '03:00', to: '04:00' }] } };

describe('lintContract (issue 12 §5)', () => {
  it('Letsignit: the 99.95 % promise against credits from 99.5 %, citing §4, §5 and the credit table', () => {
    const report = lintContract(letsignit());
    const above = report.warnings.filter((w) => w.code === 'commitment-above-credit');
    expect(above).toHaveLength(1);
    expect(above[0]?.message).toBe(
      'commitment "server" promises 99.95 % but credit "credit" pays only below 99.5 % (fed by commitment "application", 99 %): from 99.5 % to 99.95 % the commitment is missed and no credit is due',
    );
    expect(above[0]?.sources.map((s) => s.section)).toEqual([
      '§4 DISPONIBILITE DU SERVEUR',
      "§5 DISPONIBILITE DU SERVEUR D'APPLICATION",
      '§7 MAINTENANCE PLANIFIÉE',
      '§7 MAINTENANCE PLANIFIÉE, tableau des pénalités',
    ]);
  });

  it('Letsignit: the 99.0–99.1 % gap — an open reading (a note) by default, a tier gap under creditGap "no-credit"', () => {
    const gapReading = lintContract(letsignit()).notes.find((w) => w.code === 'open-reading' && w.message.includes('99.0–99.1 %'));
    expect(gapReading?.sources[0]?.section).toBe('§7 MAINTENANCE PLANIFIÉE, tableau des pénalités');
    expect(gapReading?.message).toContain('option creditGap');
    const gap = lintContract(letsignit({ creditGap: 'no-credit' })).warnings.filter((w) => w.code === 'tier-gap');
    // Rows "99.10 % ~ 99.20 %" (25 %) and "< 99 %" (50 %): nothing covers 99 % ≤ A < 99.10 %.
    expect(gap.map((w) => w.message)).toEqual(['no tier of credit "credit" covers 99 % ≤ A < 99.10 %: no credit is due there (gapPolicy "no-credit")']);
    expect(gap[0]?.sources.map((s) => s.quote)).toContain('99.10% ~ 99.20%\t25%');
    // The shared 99.4 bound is an open reading too (option creditBounds).
    expect(lintContract(letsignit()).notes.some((w) => w.code === 'open-reading' && w.message.includes('99.4 %') && w.message.includes('creditBounds'))).toBe(true);
    // Open readings are notes, never warnings: Letsignit documents 7 ambiguities (letsignitAmbiguities()).
    expect(lintContract(letsignit()).warnings.some((w) => w.code === 'open-reading')).toBe(false);
    expect(lintContract(letsignit()).notes.length).toBe(letsignit().definition.ambiguities?.length);
  });

  it('a credit paying above the target of the commitment that feeds it', () => {
    // ACME: 99.9 % promised, the 10 % row pays below 99.9 %: consistent. Promise 99.5 % instead: 99.5–99.9 % pays while met.
    expect(codes(clean, FROM)).toEqual([]);
    const lower = { ...clean, availability: { ...clean.availability!, commitments: [{ id: 'platform', target: '99.5', period: 'month' as const }] } };
    const warnings = lintContract(lower).warnings;
    expect(warnings.map((w) => w.code)).toEqual(['credit-while-met']);
    expect(warnings[0]?.message).toBe('credit "credit" pays only below 99.9 % although commitment "platform", which feeds it, promises 99.5 %: from 99.5 % to 99.9 % a credit is due while the commitment is met');
  });

  it('a recurring window starting in a DST gap: Sunday 02:00 Paris, the last Sunday of March, 5 times in 2026–2030', () => {
    const [warning] = lintContract(acme, { from: FROM }).warnings;
    expect(warning?.code).toBe('maintenance-in-dst-gap');
    // 2026-03-29, 2027-03-28, 2028-03-26, 2029-03-25, 2030-03-31: each a last Sunday of March, 02:00 skipped.
    expect(warning?.message).toContain('starts at 2026-03-29 02:00 local time (Europe/Paris)');
    expect(warning?.message).toContain('5 time(s)');
    expect(warning?.path).toBe('availability.maintenance[0]');
  });

  it('a maintenance window inside the measured calendar\'s open time', () => {
    const measured: ContractDefinition = {
      ...clean,
      availability: { ...clean.availability!, commitments: [{ id: 'platform', target: '99.9', period: 'month', measuredCalendar: 'office', source: src('§4') }], maintenance: [{ type: 'weekly', id: 'tuesday-noon', day: 'tue', from: '12:00', to: '14:00', source: src('§5') }] },
    };
    const warnings = lintContract(measured, { from: FROM, years: 1 }).warnings.filter((w) => w.code === 'maintenance-in-measured-time');
    expect(warnings).toHaveLength(1);
    // Tue 2026-01-06 12:00–12:30 and 13:30–14:00 Paris are office hours: first overlap 12:00 CET = 11:00Z.
    expect(warnings[0]?.message).toContain('first at 2026-01-06T11:00:00.000Z');
    expect(warnings[0]?.sources.map((s) => s.section)).toEqual(['§5', '§4', '§2']);
  });

  it('a response target its calendar cannot reach within its horizon', () => {
    // 100 000 office hours at 41.5 h a week is about 46 years: beyond the calendar's horizon.
    const far: ContractDefinition = { ...clean, responses: { priorities: { ...clean.responses!.priorities, normal: { target: 'PT100000H', calendar: 'office', source: src('§3') } } } };
    const warnings = lintContract(far, { from: FROM }).warnings.filter((w) => w.code === 'target-unreachable');
    expect(warnings.map((w) => w.path)).toEqual(['responses.priorities.normal']);
    expect(warnings[0]?.sources.map((s) => s.section)).toEqual(['§3', '§2']);
  });

  it('an announced window with a notice shorter than the rule: it excuses nothing', () => {
    const notice: ContractDefinition = { ...clean, availability: { ...clean.availability!, maintenance: [{ type: 'adHoc', id: 'announced', minimumNotice: 'PT24H' }] } };
    // Announced 2026-06-09 12:00Z for 2026-06-10 10:00Z: 22 h of notice, 24 h asked.
    const warnings = lintContract(notice, { announced: [{ start: '2026-06-10T10:00:00Z', end: '2026-06-10T11:00:00Z', announcedAt: '2026-06-09T12:00:00Z' }] }).warnings;
    expect(warnings.map((w) => w.code)).toEqual(['notice-longer-than-lead']);
    expect(warnings[0]?.message).toMatch(/announced 22 h before its start; the minimum notice is 24 h/);
  });

  it('without from, the checks over time are skipped and said so; bad options are typed errors', () => {
    expect(codes(acme)).toEqual([]);
    expect(lintContract(acme).skipped.some((s) => s.includes('DST gaps'))).toBe(true);
    expect(() => lintContract(acme, { from: FROM, years: 0 })).toThrow(SlaInputError);
    expect(() => lintContract(acme, { from: 'soon' })).toThrow(/options\.from/);
    expect(() => lintContract({ ...acme, id: '' })).toThrow(SlaDefinitionError);
  });
});
