/**
 * Issue 14 phase B: a contract with versions (an amendment mid-quarter,
 * judged under the version in force at the period's start, or split pro
 * rata), and bad definitions, each a typed error naming the JSON path.
 * Expected values are hand-computed; Q3 2026 in UTC is July (31 d = 44 640
 * min) + August and September (61 d = 87 840 min) = 132 480 min.
 */
import { describe, expect, it } from 'vitest';
import { type ContractDefinition, defineContract } from '../../src/index.js';
import { definitionErrorOf, expectInputError } from '../presets/helpers.js';
import { FULL_TERMS_AMENDED, FULL_TERMS_BASE, FULL_TERMS_DEFINITION } from '../fixtures/full-terms-amendment.js';

const MINUTE = 60_000;
const at = (text: string): number => Date.parse(text);

/** 99.9 % per quarter with a 10 % credit below it; amended on 2026-08-01 to 99.95 % (and, with `newTable`, a credit below 99.95 %). */
function amended(options: { split?: 'period-start' | 'pro-rata'; newTable?: boolean } = {}): ContractDefinition {
  return {
    id: 'amended',
    name: 'An SLA amended mid-quarter',
    calendars: {},
    availability: { zone: 'UTC', commitments: [{ id: 'uptime', target: '99.9', period: 'quarter' }] },
    remedies: { credits: [{ id: 'table', type: 'tiered', commitment: 'uptime', fee: { per: 'period' }, tiers: [{ min: '99.9', creditPercent: 0 }, { max: '99.9', creditPercent: 10 }] }] },
    ...(options.split === undefined ? {} : { options: { versionSplit: options.split } }),
    versions: [
      {
        id: 'amendment-1',
        effectiveFrom: '2026-08-01',
        patch: {
          availability: { commitments: [{ id: 'uptime', target: '99.95', period: 'quarter' }] },
          ...(options.newTable ? { remedies: { credits: [{ id: 'table', type: 'tiered', commitment: 'uptime', fee: { per: 'period' }, tiers: [{ min: '99.95', creditPercent: 0 }, { max: '99.95', creditPercent: 10 }] }] } } : {}),
        },
      },
    ],
  };
}

// 100 min down on July 10: 1 − 100/132 480 = 99.92451 %.
const incidents = [{ start: at('2026-07-10T10:00:00Z'), end: at('2026-07-10T11:40:00Z') }];

describe('versions: an amendment on 2026-08-01 inside Q3 2026', () => {
  it('default (period-start): the quarter is judged under the terms in force on July 1 (99.9 %) → met, no credit', () => {
    const report = defineContract(amended()).availability({ period: '2026-Q3', incidents, feeMinor: 132_480 });
    expect(report.commitments[0]).toMatchObject({ target: '99.9', availabilityPercent: '99.9245', met: true, version: 'initial' });
    expect(report.version).toMatchObject({ split: 'period-start', id: 'initial', parts: [{ version: 'initial', weightMs: 132_480 * MINUTE }] });
    expect(report.version?.rule).toContain('amendment-1');
    expect(report.credit).toMatchObject({ percent: 0, amountMinor: 0 });
    // Q4 starts after the amendment: 99.95 % applies.
    const q4 = defineContract(amended()).availability({ period: '2026-Q4', incidents: [] });
    expect(q4.commitments[0]).toMatchObject({ target: '99.95', version: 'amendment-1' });
  });

  it('pro-rata: July under 99.9 %, August–September under 99.95 %, pooled: target (44 640 × 99.9 + 87 840 × 99.95) / 132 480 → missed by 11.44 min', () => {
    const report = defineContract(amended({ split: 'pro-rata' })).availability({ period: '2026-Q3', incidents, feeMinor: 132_480 });
    const [uptime] = report.commitments;
    // Pooled: the parts tile the quarter, so the figure is the quarter's: 132 380 / 132 480 min.
    expect(uptime?.ratio).toEqual({ numerator: String(132_380 * MINUTE), denominator: String(132_480 * MINUTE) });
    // (4 459 536 + 8 779 608) / 132 480 = 99.933161… %, shown truncated.
    expect(uptime?.target).toBe('99.9331');
    // Allowed: 0.1 % of 44 640 min + 0.05 % of 87 840 min = 44.64 + 43.92 = 88.56 min = 5 313 600 ms; used 100 min.
    expect(uptime?.marginMs).toBe(5_313_600 - 100 * MINUTE);
    expect(uptime?.met).toBe(false);
    expect(uptime?.version).toBe('initial, amendment-1');
    // Each part alone: July 1 − 100/44 640 = 99.77598 % (missed); August–September 100 % (met).
    expect(report.version?.parts.map((part) => [part.version, part.weightMs / MINUTE, part.commitments?.[0]?.availabilityPercent, part.commitments?.[0]?.met])).toEqual([
      ['initial', 44_640, '99.7759', false],
      ['amendment-1', 87_840, '100.0000', true],
    ]);
    // The credit table did not change: computed once on the pooled figure, 99.9245 % ≥ 99.9 % → 0.
    expect(report.credits.map((c) => [c.id, c.amountMinor, c.version])).toEqual([['table', 0, 'initial, amendment-1']]);
  });

  it('pro-rata with a changed credit table: each part\'s table on the pooled figure, paid on its share of the fee', () => {
    const report = defineContract(amended({ split: 'pro-rata', newTable: true })).availability({ period: '2026-Q3', incidents, feeMinor: 132_480 });
    // Fee 132 480 cents by length: July 44 640, August–September 87 840.
    // July's table: 99.9245 % ≥ 99.9 % → 0. The amendment's: 99.9245 % < 99.95 % → 10 % of 87 840 = 8 784.
    expect(report.credits.map((c) => [c.id, c.version, c.amountMinor])).toEqual([
      ['table', 'initial', 0],
      ['table', 'amendment-1', 8_784],
    ]);
    expect(report.creditTotal?.totalMinor).toBe(8_784);
  });

  it('pro-rata: a request commitment no amendment changes is measured once over the whole period', () => {
    // The amendment changes only the credit table; the commitment keeps 99.9 % on bad minutes (above 5 % errors).
    const requests = { type: 'requests', interval: 'PT1M', errorRateThreshold: '5', unmonitored: 'good' };
    const definition = amended({ split: 'pro-rata', newTable: true }) as any;
    definition.availability.commitments[0].metric = requests;
    delete definition.versions[0].patch.availability;
    // 132 480 minutes, one bad: 1 − 1/132 480 = 99.99924 %.
    const report = defineContract(definition).availability({ period: '2026-Q3', requests: [{ at: '2026-07-10T10:00:00Z', total: 100, failed: 6 }], feeMinor: 132_480 });
    expect(report.commitments[0]).toMatchObject({ availabilityPercent: '99.9992', met: true, version: 'initial, amendment-1' });
    expect(report.version?.parts.map((part) => part.commitments)).toEqual([[], []]);
  });

  it('a period that does not span the amendment is not split', () => {
    const report = defineContract(amended({ split: 'pro-rata' })).availability({ period: '2026-09-01T00:00:00Z/2026-10-01T00:00:00Z', incidents: [] });
    expect(report.version?.parts.map((part) => part.version)).toEqual(['amendment-1']);
    expect(report.commitments[0]?.target).toBe('99.95');
  });
});


function withChange(change: (definition: any) => void): unknown {
  const definition = JSON.parse(JSON.stringify(amended())) as any;
  change(definition);
  return definition;
}

describe('bad definitions: typed errors naming the JSON path', () => {
  it('a credit on an unknown commitment → remedies.credits[0].commitment', () => {
    const error = definitionErrorOf(withChange((d) => { d.remedies.credits[0].commitment = 'uptim'; }));
    expect(error.path).toBe('remedies.credits[0].commitment');
    expect(error.message).toContain('"uptime"');
  });

  it('a termination right on an unknown commitment → remedies.termination[0].commitment', () => {
    expect(definitionErrorOf(withChange((d) => { d.remedies.termination = [{ type: 'consecutive-misses', count: 3, commitment: 'nope' }]; })).path).toBe('remedies.termination[0].commitment');
  });

  it('overlapping versions → versions[1].effectiveFrom', () => {
    const error = definitionErrorOf(withChange((d) => { d.versions.push({ id: 'amendment-2', effectiveFrom: '2026-07-15', patch: {} }); }));
    expect(error.path).toBe('versions[1].effectiveFrom');
    expect(error.message).toContain('must not overlap');
  });

  it('a version\'s terms are checked like the top level, naming versions[i].patch.…', () => {
    expect(definitionErrorOf(withChange((d) => { d.versions[0].patch.availability.commitments[0].target = '101'; })).path).toBe('versions[0].patch.availability.commitments[0].target');
    expect(definitionErrorOf(withChange((d) => { d.versions[0].patch.remedies = { credits: [{ type: 'tiered', commitment: 'gone', tiers: [{ creditPercent: 0 }] }] }; })).path).toBe('versions[0].patch.remedies.credits[0].commitment');
    expect(definitionErrorOf(withChange((d) => { d.versions[0].patch.id = 'other'; })).path).toBe('versions[0].patch.id');
    expect(definitionErrorOf(withChange((d) => { d.versions[0].patch.versions = []; })).path).toBe('versions[0].patch');
  });

  it('a version that changes deadlines, billing or limits is refused, naming it (response targets may change: tickets follow their version)', () => {
    expect(definitionErrorOf(withChange((d) => { d.versions[0].patch.deadlines = [{ id: 'export', days: 30, from: 'contractEnd', zone: 'UTC' }]; })).path).toBe('versions[0].patch.deadlines');
    expect(definitionErrorOf(withChange((d) => { d.versions[0].patch.limits = [{ id: 'contacts', max: 2, unit: 'people' }]; })).path).toBe('versions[0].patch.limits');
  });

  it('a maintenance budget without a period → availability.maintenanceBudget.per', () => {
    const error = definitionErrorOf(withChange((d) => { d.availability.maintenanceBudget = { budget: 'PT10H' }; }));
    expect(error.path).toBe('availability.maintenanceBudget.per');
    expect(error.message).toContain('renews over');
  });

  it('unknown fields → the object holding them, naming the key', () => {
    const error = definitionErrorOf(withChange((d) => { d.availability.commitments[0].granularty = { interval: 'PT1M' }; }));
    expect(error.path).toBe('availability.commitments[0]');
    expect(error.message).toContain('"granularty"');
    expect(definitionErrorOf(withChange((d) => { d.remedies.credits[0].colour = 'blue'; })).path).toBe('remedies.credits[0]');
  });

  it('constructs that cannot apply to a metric: granularity on requests or series, a credit on a series, a budget with request counts', () => {
    const requests = { type: 'requests', interval: 'PT1M', errorRateThreshold: '5' };
    expect(definitionErrorOf(withChange((d) => { d.availability.commitments[0].metric = requests; d.availability.commitments[0].granularity = { interval: 'PT1M' }; })).path).toBe('availability.commitments[0].granularity');
    expect(definitionErrorOf(withChange((d) => { d.availability.commitments[0].metric = { type: 'series', series: 'latency', statistic: 'mean', bound: 200 }; delete d.availability.commitments[0].target; })).path).toBe('remedies.credits[0].commitment');
    expect(definitionErrorOf(withChange((d) => { d.availability.commitments[0].metric = requests; d.availability.maintenanceBudget = { budget: 'PT10H', per: 'year' }; })).path).toBe('availability.commitments[0].metric');
    expect(definitionErrorOf(withChange((d) => { d.availability.commitments[0].metric = requests; d.availability.probes = { interval: 'PT5M' }; })).path).toBe('availability.probes');
    expect(definitionErrorOf(withChange((d) => { d.availability.commitments[0].metric = { type: 'requests', interval: 'PT1M', metric: 'success-ratio' }; d.remedies.credits[0] = { type: 'proportional', multiplier: '10' }; })).path).toBe('remedies.credits[0].commitment');
  });

  it('penalties and remedies.credits together → penalties', () => {
    expect(definitionErrorOf(withChange((d) => { d.penalties = { commitment: 'uptime', tiers: [{ creditPercent: 0 }] }; })).path).toBe('penalties');
  });

  it('a credit without its commitment when there are several → remedies.credits[0].commitment', () => {
    const error = definitionErrorOf(withChange((d) => {
      d.availability.commitments.push({ id: 'api', target: '99', period: 'month' });
      delete d.remedies.credits[0].commitment;
    }));
    expect(error.path).toBe('remedies.credits[0].commitment');
  });

  it('an unknown version split → options.versionSplit', () => {
    expect(definitionErrorOf(withChange((d) => { d.options = { versionSplit: 'halves' }; })).path).toBe('options.versionSplit');
  });

  it('a pro-rata split of a request metric across an amendment is an SlaInputError naming options.versionSplit', () => {
    const definition = withChange((d) => {
      d.options = { versionSplit: 'pro-rata' };
      d.availability.commitments[0].metric = { type: 'requests', interval: 'PT1M', errorRateThreshold: '5' };
      d.versions[0].patch.availability.commitments[0].metric = { type: 'requests', interval: 'PT1M', errorRateThreshold: '5' };
    });
    expectInputError(() => defineContract(definition).availability({ period: '2026-Q3', requests: [] }), 'options.versionSplit');
  });
});

describe('termination rights over a series of period reports', () => {
  const monthly = defineContract({
    id: 'monthly',
    name: '99.9 % a month, termination after two missed months in a row or below 99 % once',
    calendars: {},
    availability: { zone: 'UTC', commitments: [{ id: 'uptime', target: '99.9', period: 'month' }] },
    remedies: {
      termination: [
        { id: 'two-in-a-row', type: 'consecutive-misses', count: 2 },
        { id: 'below-99', type: 'below-in-any-period', percent: '99' },
      ],
    },
  });
  const hour = (day: string) => [{ start: at(`${day}T10:00:00Z`), end: at(`${day}T11:00:00Z`) }];

  it('April met, May and June missed (1 h down: 1 − 60/44 640 = 99.8656 %, 1 − 60/43 200 = 99.8611 %) → two-in-a-row at June; never below 99 %', () => {
    const reports = [
      monthly.availability({ period: '2026-04', incidents: [] }),
      monthly.availability({ period: '2026-05', incidents: hour('2026-05-10') }),
      monthly.availability({ period: '2026-06', incidents: hour('2026-06-10') }),
    ];
    expect(reports.map((r) => r.commitments[0]?.met)).toEqual([true, false, false]);
    const { rights, triggered } = monthly.termination(reports);
    expect(triggered).toBe(true);
    expect(rights.map((r) => [r.id, r.commitment, r.triggered, r.labels])).toEqual([
      ['two-in-a-row', 'uptime', true, ['2026-05', '2026-06']],
      ['below-99', 'uptime', false, []],
    ]);
  });

  it('a report without the commitment is an SlaInputError naming reports[i]', () => {
    const year = monthly.availability({ period: '2026', incidents: [] }); // the monthly commitment is skipped
    expectInputError(() => monthly.termination([year]), 'reports[0]');
  });
});

describe('an amendment with full terms (versions[i].terms)', () => {
  // 99.9 % a month with 10 % below; from 2026-08-01, in full: 99.95 % with 25 % below.
  const base = FULL_TERMS_BASE;
  const amendedTerms = FULL_TERMS_AMENDED;
  const full = defineContract(FULL_TERMS_DEFINITION as ContractDefinition);
  const thirty = (day: string) => [{ start: at(`${day}T10:00:00Z`), end: at(`${day}T10:30:00Z`) }];

  it('July 2026 under the initial terms: 1 − 30/44 640 = 99.93279 % ≥ 99.9 → met, no credit', () => {
    const july = full.availability({ period: '2026-07', incidents: thirty('2026-07-10'), feeMinor: 100_000 });
    expect(july.commitments[0]).toMatchObject({ target: '99.9', met: true, availabilityPercent: '99.9327' });
    expect(july.credits[0]?.amountMinor).toBe(0);
    expect(july.version?.id).toBe('initial');
  });

  it('August 2026 under the full terms: 1 − 30/44 640 = 99.93279 % < 99.95 → missed, 25 % of 1 000.00 = 250.00', () => {
    const august = full.availability({ period: '2026-08', incidents: thirty('2026-08-10'), feeMinor: 100_000 });
    expect(august.commitments[0]).toMatchObject({ target: '99.95', met: false, availabilityPercent: '99.9327' });
    expect(august.credits[0]?.amountMinor).toBe(25_000);
    expect(august.version?.id).toBe('2026-08');
  });

  it('the same amendment as a patch gives the same figures', () => {
    const patch = { availability: amendedTerms.availability, remedies: amendedTerms.remedies };
    const patched = defineContract({ ...base, versions: [{ id: '2026-08', effectiveFrom: '2026-08-01', patch }] } as ContractDefinition);
    const input = { period: '2026-08', incidents: thirty('2026-08-10'), feeMinor: 100_000 };
    expect(patched.availability(input).credits).toEqual(full.availability(input).credits);
  });

  it('terms are checked in full, naming versions[i].terms.…; exactly one of terms and patch', () => {
    const withVersion = (version: object) => ({ ...base, versions: [{ effectiveFrom: '2026-08-01', ...version }] });
    // Full terms are not merged: a missing name is missing.
    const { name: _name, ...nameless } = amendedTerms;
    expect(definitionErrorOf(withVersion({ terms: nameless })).path).toBe('versions[0].terms.name');
    expect(definitionErrorOf(withVersion({ terms: { ...amendedTerms, availability: { zone: 'UTC', commitments: [{ id: 'uptime', target: '0.5', period: 'month' }] } } })).path).toBe('versions[0].terms.availability.commitments[0].target');
    expect(definitionErrorOf(withVersion({ terms: { ...amendedTerms, id: 'other' } })).path).toBe('versions[0].terms.id');
    expect(definitionErrorOf(withVersion({ terms: { ...amendedTerms, remedies: { credits: [{ type: 'proportional', multiplier: '10' }] } } })).path).toBe('versions[0].terms.remedies.credits[0].fee');
    expect(definitionErrorOf(withVersion({ terms: amendedTerms, patch: {} })).path).toBe('versions[0].patch');
    expect(definitionErrorOf(withVersion({})).path).toBe('versions[0]');
  });
});
