import { SlaInputError } from '../errors.js';
import { durationText } from '../time/duration-text.js';

/**
 * How a recording threshold of N compares with an incident's length:
 * `at-least` (default) records incidents lasting N or more, so exactly N is
 * recorded; `more-than` records only incidents lasting strictly more than N,
 * so exactly N is not (e.g. an SLA where unavailability means "more than
 * five consecutive minutes").
 *
 * @example
 * ```ts
 * // A 5-minute outage against a 5-minute threshold, June 2026 (UTC).
 * const options = {
 *   period: AvailabilityPeriod.month(2026, 6, 'UTC'),
 *   incidents: [{ start: '2026-06-10T10:00:00Z', end: '2026-06-10T10:05:00Z' }],
 *   recordingThresholdMs: 300_000,
 * };
 * computeAvailability(options).countedDowntimeMs;                                             // 300000
 * computeAvailability({ ...options, recordingThresholdStrictness: 'more-than' }).countedDowntimeMs; // 0
 * ```
 */
export type RecordingThresholdStrictness = 'at-least' | 'more-than';

/** The strictness values, in the order the docs list them. */
const STRICTNESS: readonly RecordingThresholdStrictness[] = ['at-least', 'more-than'];

/** Validate a strictness option (default `at-least`); throws {@link SlaInputError} naming `field`. @internal */
export function checkStrictness(value: unknown, field = 'recordingThresholdStrictness'): RecordingThresholdStrictness {
  if (value === undefined) return 'at-least';
  if (!STRICTNESS.includes(value as RecordingThresholdStrictness)) throw new SlaInputError(field, value, '"at-least" or "more-than"');
  return value as RecordingThresholdStrictness;
}

/** Whether a merged incident of `durationMs` is recorded under the threshold. @internal */
export function isRecorded(durationMs: number, thresholdMs: number, strictness: RecordingThresholdStrictness = 'at-least'): boolean {
  return strictness === 'more-than' ? durationMs > thresholdMs : durationMs >= thresholdMs;
}

/** Why an incident of `durationMs` is not recorded, in words. @internal */
export function notRecordedReason(durationMs: number, thresholdMs: number, strictness: RecordingThresholdStrictness = 'at-least'): string {
  return strictness === 'more-than'
    ? `not longer than the recording threshold (${durationText(durationMs)} <= ${durationText(thresholdMs)}; only incidents of more than the threshold are recorded)`
    : `shorter than the recording threshold (${durationText(durationMs)} < ${durationText(thresholdMs)})`;
}
