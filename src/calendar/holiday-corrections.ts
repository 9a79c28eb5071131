/**
 * Known gaps in the `date-holidays` data, corrected in this one place.
 * Each correction says which region it applies to, what it changes, and the
 * law or fact that makes it right. The default holiday adapter applies them;
 * `dateHolidays(..., { corrections: false })` gives the raw source.
 */

/** One holiday as the source lists it (the subset slakit reads). */
export interface SourceHoliday {
  /** Local date-time string, `YYYY-MM-DD hh:mm:ss`. */
  readonly date: string;
  readonly type: string;
  readonly name: string;
  readonly substitute?: boolean;
}

/**
 * A correction to the holiday source for one country.
 *
 * @example
 * ```ts
 * HOLIDAY_CORRECTIONS.find((c) => c.country === 'US')?.reason;
 * // "5 U.S.C. 6103(b): when a federal holiday falls on a Saturday or Sunday, …"
 * ```
 */
export interface HolidayCorrection {
  /** ISO 3166-1 country code the correction applies to. */
  readonly country: string;
  /** What is changed. */
  readonly description: string;
  /** Why: the law or authoritative source. */
  readonly reason: string;
  /** Source types the correction needs to see (asked from date-holidays). */
  readonly sourceTypes: readonly string[];
  /** Whether a source entry that the `public` filter dropped is a holiday after all. */
  readonly include: (holiday: SourceHoliday) => boolean;
}

/**
 * Every correction the default adapter applies.
 *
 * @example
 * ```ts
 * HOLIDAY_CORRECTIONS.map((c) => c.country); // ["US"]
 * ```
 */
export const HOLIDAY_CORRECTIONS: readonly HolidayCorrection[] = [
  {
    country: 'US',
    description:
      'Observed (substitute) days of federal holidays count as holidays even where date-holidays types them "bank" (e.g. Veterans Day observed Fri 2028-11-10, Mon 2029-11-12).',
    reason:
      '5 U.S.C. 6103(b): when a federal holiday falls on a Saturday or Sunday, federal offices close on the Friday before or the Monday after.',
    sourceTypes: ['bank'],
    include: (holiday) => holiday.substitute === true,
  },
];
