import { SlaInputError } from '../errors.js';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, civilFromDays, daysFromCivil } from '../time/civil.js';
import { type InstantInput, toInstant } from '../time/instant.js';
import { durationText } from '../time/duration-text.js';
import { checkLocalDay } from '../time/year-range.js';
import { TimeZone } from '../time/zone.js';
import type { LiveSupportBillingDefinition } from './schema.js';

/** One live-support session, for {@link LiveSupportBilling.charge}. */
export interface LiveSupportSession {
  /** Booked start. */
  readonly start: InstantInput;
  /** Booked length in whole minutes. */
  readonly bookedMinutes: number;
  /** When the customer came online; absent = never. */
  readonly joinedAt?: InstantInput;
  /** When the session ended (for the actual length). */
  readonly endedAt?: InstantInput;
}

/** The charge of a session. */
export interface LiveSupportCharge {
  /** Minutes billed. */
  readonly billedMinutes: number;
  /** Amount in integer minor units (cents), rounded half up. */
  readonly amountMinor: number;
  readonly currency: string;
  /** `no-show` (billed the booked time) or `attended`. */
  readonly basis: 'no-show' | 'attended';
  /** Why, in words. */
  readonly reason: string;
}

/**
 * Live-support billing rules (Linkando Annex 1, "Assistance en direct"):
 * hourly rate, minimum unit, rounding, no-show, booking notice, free
 * cancellation and quota expiry — all from a definition, nothing hard-coded.
 *
 * @example
 * ```ts
 * const billing = new LiveSupportBilling({
 *   zone: 'Europe/Berlin', ratePerHourMinor: 15000, currency: 'EUR', minimumMinutes: 30,
 *   roundingMinutes: 1, noShowGraceMinutes: 5, bookingNoticeHours: 72,
 *   cancellation: 'before-local-midnight-of-appointment-day', quotaExpiry: 'end-of-local-month',
 * });
 * billing.charge({ start: '2026-06-10T10:00:00+02:00', bookedMinutes: 60,
 *   joinedAt: '2026-06-10T10:02:00+02:00', endedAt: '2026-06-10T10:20:00+02:00' }).amountMinor;
 * // 7500 — 18 actual minutes, billed the 30-minute minimum at 250 cents a minute
 * ```
 */
export class LiveSupportBilling {
  /** The rules. */
  readonly rules: LiveSupportBillingDefinition;
  readonly #tz: TimeZone;

  constructor(rules: LiveSupportBillingDefinition) {
    this.rules = rules;
    this.#tz = TimeZone.of(rules.zone, 'billing.liveSupport.zone');
  }

  /**
   * Whether a booking made at `bookedAt` for a session at `start` respects the
   * notice (`bookingNoticeHours`, 72 h for Linkando: "au moins 3 jours").
   *
   * @example
   * ```ts
   * billing.bookingValid('2026-06-07T10:00:00+02:00', '2026-06-10T10:00:00+02:00'); // true (exactly 72 h)
   * ```
   */
  bookingValid(bookedAt: InstantInput, start: InstantInput): boolean {
    const booked = toInstant(bookedAt, 'bookedAt');
    const begins = toInstant(start, 'start');
    return booked <= begins - this.rules.bookingNoticeHours * MS_PER_HOUR;
  }

  /**
   * Whether cancelling at `cancelledAt` a session at `start` is free: before
   * the local midnight that starts the appointment day ("la veille suffit"),
   * or at least `cancellationNoticeHours` before start. Throws
   * {@link SlaInputError} naming `start` outside the local years 1900–2300
   * when the rule reads its local day.
   *
   * @example
   * ```ts
   * billing.cancellationFree('2026-06-09T23:59:00+02:00', '2026-06-10T10:00:00+02:00'); // true
   * billing.cancellationFree('2026-06-10T00:00:00+02:00', '2026-06-10T10:00:00+02:00'); // false
   * ```
   */
  cancellationFree(cancelledAt: InstantInput, start: InstantInput): boolean {
    const cancelled = toInstant(cancelledAt, 'cancelledAt');
    const begins = toInstant(start, 'start');
    if (this.rules.cancellation === 'hours-before-start') {
      return cancelled <= begins - (this.rules.cancellationNoticeHours ?? 24) * MS_PER_HOUR;
    }
    const day = checkLocalDay(Math.floor(this.#tz.toWall(begins) / MS_PER_DAY), 'start', start);
    return cancelled < this.#tz.fromWall(day * MS_PER_DAY, 'boundary');
  }

  /**
   * The charge of a session: no-show (not online within the grace minutes)
   * bills the booked time (at least the minimum unit); otherwise the actual minutes rounded up to the
   * rounding unit, at least the minimum. Amount = minutes × rate / 60,
   * rounded half up to the minor unit.
   *
   * @example
   * ```ts
   * billing.charge({ start: '2026-06-10T10:00:00+02:00', bookedMinutes: 60 }).amountMinor; // 15000 (no-show)
   * ```
   */
  charge(session: LiveSupportSession): LiveSupportCharge {
    const start = toInstant(session.start, 'session.start');
    const booked = session.bookedMinutes;
    if (!Number.isInteger(booked) || booked <= 0) throw new SlaInputError('session.bookedMinutes', booked, 'a positive whole number of minutes');
    const { minimumMinutes, roundingMinutes, noShowGraceMinutes, ratePerHourMinor, currency } = this.rules;
    const joined = session.joinedAt === undefined ? undefined : toInstant(session.joinedAt, 'session.joinedAt');
    if (joined === undefined || joined > start + noShowGraceMinutes * MS_PER_MINUTE) {
      // The booked time is billed, and never less than the minimum unit.
      const billed = Math.max(minimumMinutes, booked);
      return {
        billedMinutes: billed,
        amountMinor: amount(billed, ratePerHourMinor),
        currency,
        basis: 'no-show',
        reason: `customer not online within ${noShowGraceMinutes} min of the start: the booked ${booked} min are billed` + (billed > booked ? `, raised to the ${minimumMinutes}-min minimum` : ''),
      };
    }
    if (session.endedAt === undefined) throw new SlaInputError('session.endedAt', session.endedAt, 'the end instant of an attended session');
    const ended = toInstant(session.endedAt, 'session.endedAt');
    if (ended < start) throw new SlaInputError('session.endedAt', session.endedAt, 'an instant at or after session.start');
    const actualMs = ended - start;
    const unitMs = roundingMinutes * MS_PER_MINUTE;
    const rounded = (Math.ceil(actualMs / unitMs) * unitMs) / MS_PER_MINUTE;
    const billed = Math.max(minimumMinutes, rounded);
    return {
      billedMinutes: billed,
      amountMinor: amount(billed, ratePerHourMinor),
      currency,
      basis: 'attended',
      reason: `${durationText(actualMs)} actual, rounded up to ${rounded} min, minimum ${minimumMinutes} min: ${billed} min billed`,
    };
  }

  /**
   * When the hours of the monthly quota of the month containing `t` expire:
   * the local midnight starting the next month. Throws {@link SlaInputError}
   * naming `t` outside the local years 1900–2300.
   *
   * @example
   * ```ts
   * new Date(billing.quotaExpiry('2026-06-15T12:00:00+02:00')).toISOString(); // "2026-06-30T22:00:00.000Z"
   * ```
   */
  quotaExpiry(t: InstantInput): number {
    const day = checkLocalDay(Math.floor(this.#tz.toWall(toInstant(t, 't')) / MS_PER_DAY), 't', t);
    const { year, month } = civilFromDays(day);
    const next = month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
    return this.#tz.fromWall(next * MS_PER_DAY, 'boundary');
  }
}

function amount(minutes: number, ratePerHourMinor: number): number {
  // minutes × rate / 60, rounded half up, in integers.
  return Math.floor((minutes * ratePerHourMinor * 2 + 60) / 120);
}
