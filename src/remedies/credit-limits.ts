import { type ExactFraction, type ExactPercent, parsePercent } from '../availability/ratio.js';
import { checkChoice, checkWholeNumber, fieldPath } from '../contract/fields.js';
import { SlaInputError } from '../errors.js';
import { ROUNDING_RULES, type RoundingRule } from '../penalty/rounding.js';

/** The limits of a credit or of a total, validated. @internal */
export interface CheckedLimits {
  readonly capPercent?: ExactPercent;
  readonly capMinor?: bigint;
  readonly minimumMinor?: bigint;
  readonly rounding: RoundingRule;
}

/** What the limits did to an amount. @internal */
export interface LimitedAmount {
  readonly amountMinor: number;
  readonly capped: boolean;
  readonly belowMinimum: boolean;
  /** `, capped at 10000 (10 % of the fee 100000)`, `, below the minimum 100: 0`, or empty. */
  readonly words: string;
}

/** Validate `capPercent`, `capMinor`, `minimumMinor`, `rounding`, naming `path.field`. @internal */
export function checkLimits(
  limits: { readonly capPercent?: unknown; readonly capMinor?: unknown; readonly minimumMinor?: unknown; readonly rounding?: unknown },
  path: string,
): CheckedLimits {
  const minor = (value: unknown, name: string) =>
    value === undefined ? undefined : BigInt(checkWholeNumber(value, fieldPath(path, name), 0, Number.MAX_SAFE_INTEGER, 'a whole number of minor units'));
  const capPercent = limits.capPercent === undefined ? undefined : parsePercent(limits.capPercent, fieldPath(path, 'capPercent'));
  const capMinor = minor(limits.capMinor, 'capMinor');
  const minimumMinor = minor(limits.minimumMinor, 'minimumMinor');
  return {
    ...(capPercent === undefined ? {} : { capPercent }),
    ...(capMinor === undefined ? {} : { capMinor }),
    ...(minimumMinor === undefined ? {} : { minimumMinor }),
    rounding: checkChoice(limits.rounding, fieldPath(path, 'rounding'), ROUNDING_RULES, 'half-up'),
  };
}

/**
 * Cap `amount` (whole minor units) and apply the minimum payable. The cap is
 * the lower of `capMinor` and `capPercent` of the fee rounded **down**, so
 * the amount paid never exceeds the cap's exact value.
 * @internal
 */
export function applyLimits(amount: bigint, fee: (ExactFraction & { readonly words: string }) | undefined, limits: CheckedLimits): LimitedAmount {
  let cap: bigint | undefined = limits.capMinor;
  let capText = cap === undefined ? '' : `${cap}`;
  if (limits.capPercent !== undefined) {
    if (fee === undefined) throw new SlaInputError('feeMinor', fee, `the fee in minor units (a cap of ${limits.capPercent.text} % of the fee needs it)`);
    const fromPercent = (fee.n * limits.capPercent.units) / (fee.d * 100n * limits.capPercent.scale);
    if (cap === undefined || fromPercent < cap) {
      cap = fromPercent;
      capText = `${fromPercent} (${limits.capPercent.text} % of the fee ${fee.words}, rounded down)`;
    }
  }
  const capped = cap !== undefined && amount > cap;
  const afterCap = capped ? (cap as bigint) : amount;
  const belowMinimum = limits.minimumMinor !== undefined && afterCap > 0n && afterCap < limits.minimumMinor;
  const words = `${capped ? `, capped at ${capText}` : ''}${belowMinimum ? `, below the minimum payable ${limits.minimumMinor}: 0` : ''}`;
  return { amountMinor: belowMinimum ? 0 : Number(afterCap), capped, belowMinimum, words };
}
