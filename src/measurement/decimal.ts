import { SlaInputError } from '../errors.js';

/**
 * A decimal read exactly: `n / d` with `d` a power of ten, the number it
 * prints as (`0.1` is one tenth), with its double for fast ordering.
 * @internal
 */
export interface Decimal {
  readonly n: bigint;
  readonly d: bigint;
  /** The nearest double, monotone in the exact value. */
  readonly number: number;
  /** Normalised text (`"12.5"`). */
  readonly text: string;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/** Exponents beyond this are typos, not measurements (and would build huge integers). */
const MAX_EXPONENT = 400;
const EXPECTED = 'a finite decimal number such as 182.5 or "0.25"';

/** Read a number (as it prints) or a decimal string exactly; throws {@link SlaInputError} naming `field`. @internal */
export function decimalOf(input: unknown, field: string): Decimal {
  const text = typeof input === 'number' ? (Number.isFinite(input) ? String(input) : '') : typeof input === 'string' ? input.trim() : '';
  const match = DECIMAL.exec(text);
  const whole = match?.[2] ?? '';
  const fraction = match?.[3] ?? '';
  if (!match || whole + fraction === '') throw new SlaInputError(field, input, EXPECTED);
  const exponent = Number(match[4] ?? '0') - fraction.length;
  if (Math.abs(exponent) > MAX_EXPONENT) throw new SlaInputError(field, input, `${EXPECTED} (exponent within ±${MAX_EXPONENT})`);
  const digits = BigInt(whole + fraction) * (match[1] === '-' ? -1n : 1n);
  const n = exponent >= 0 ? digits * 10n ** BigInt(exponent) : digits;
  const d = exponent >= 0 ? 1n : 10n ** BigInt(-exponent);
  return { n, d, number: Number(text), text: textOf(n, d) };
}

/** Exact order of two decimals: by their doubles, exactly on a tie. @internal */
export function compareDecimals(a: Decimal, b: Decimal): number {
  if (a.number !== b.number) return a.number < b.number ? -1 : 1;
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

function textOf(n: bigint, d: bigint): string {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString();
  const places = d.toString().length - 1;
  const padded = digits.padStart(places + 1, '0');
  const whole = padded.slice(0, padded.length - places);
  const fraction = padded.slice(padded.length - places).replace(/0+$/, '');
  return `${negative && n !== 0n ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}
