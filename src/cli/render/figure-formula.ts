import type { AvailabilityReport } from '../commands/availability-report.js';

/**
 * How the headline figure of an availability report is formed, in words:
 * the downtime formula for a figure in ms, the metric otherwise (so the
 * headline and the commitments table show one and the same figure).
 *
 * @example
 * ```ts
 * figureFormula(report); // "(|P| − |X| − |C|) / (|P| − |X|)"
 * ```
 */
export function figureFormula(report: AvailabilityReport): string {
  const { fed, result } = report;
  const time = result.excusedTime === 'count-as-up' ? '(|P| − |C|) / |P|' : '(|P| − |X| − |C|) / (|P| − |X|)';
  const rounded = fed.granularity === undefined ? '' : ` with |C| in whole ${fed.granularity.intervalMs / 60_000}-minute intervals (${fed.granularity.rule})`;
  switch (fed.ratioUnit) {
    case 'ms':
      return fed.requests === undefined ? `${time}${rounded}` : 'good request intervals / measured intervals';
    case 'user-ms':
      return `(user-ms − downtime × users affected) / user-ms${rounded}`;
    case 'ms-rate':
      return '100 % − mean error rate over the intervals';
    case 'requests':
      return 'successful requests / requests';
    case 'mean-of-months':
      return 'mean of the monthly figures';
  }
}
