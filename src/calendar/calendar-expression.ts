/**
 * Derived calendars (`union`, `intersect`, `minus`) as expressions over flat
 * operand lists, evaluated without recursion.
 *
 * - A union of unions is one n-ary union, an intersection of intersections
 *   one n-ary intersection, `(a − b) − c` one `a − b − c`; operands repeat
 *   once (`d.intersect(d)` is `d`), so chains do not grow with repetition.
 * - Mixed chains nest, but a nested expression is evaluated with an explicit
 *   stack over the shared operands (a DAG), each operand once per window,
 *   and forgotten as soon as its last user has it: no call depth, whatever
 *   the chain's length.
 * - Names stay bounded: `a ∪ b ∪ … (2000 calendars)`.
 * @internal
 * @module
 */
import type { IntervalSet } from '../intervals/interval-set.js';
import type { ClosedDay } from './business-calendar.js';

/** What an expression needs of a calendar it does not look into: a leaf. @internal */
export interface LeafCalendar {
  readonly name: string;
  openIntervals(from: number, to: number): IntervalSet;
  closedDays(from: number, to: number): ClosedDay[];
}

/** A calendar built from a schedule (a leaf). @internal */
export interface CalendarOperand {
  readonly kind: 'calendar';
  readonly calendar: LeafCalendar;
}

/** Fixed intervals, the right side of `minus(IntervalSet)`. @internal */
export interface IntervalsOperand {
  readonly kind: 'intervals';
  readonly set: IntervalSet;
}

/**
 * `union` and `intersect` of all operands; `minus`: operands[0] minus every
 * other operand.
 * @internal
 */
export interface Combination {
  readonly kind: 'union' | 'intersect' | 'minus';
  readonly operands: readonly Operand[];
  readonly name: string;
}

/** @internal */
export type Operand = CalendarOperand | IntervalsOperand | Combination;

const SYMBOLS: Readonly<Record<Combination['kind'], string>> = { union: ' ∪ ', intersect: ' ∩ ', minus: ' − ' };

/** Longest derived name before it is cut to its first operands and a count. */
const NAME_LIMIT = 120;

/**
 * `left kind right`, flattened: an operand of the same kind contributes its
 * operands (for `minus`, the left side's subtractions and a union's members
 * on the right), and each operand appears once.
 * @internal
 */
export function combine(kind: Combination['kind'], left: Operand, right: Operand): Combination {
  let operands: Operand[];
  if (kind === 'minus') {
    // (a − b) − c = a − b − c, and a − (b ∪ c) = a − b − c.
    const [base, ...subtracted] = left.kind === 'minus' ? left.operands : [left];
    operands = [base as Operand, ...distinct([...subtracted, ...(right.kind === 'union' ? right.operands : [right])])];
  } else {
    operands = distinct([...(left.kind === kind ? left.operands : [left]), ...(right.kind === kind ? right.operands : [right])]);
  }
  return { kind, operands, name: nameOf(kind, operands) };
}

/** Operands in order, each once (fixed intervals compare by their set). */
function distinct(operands: readonly Operand[]): Operand[] {
  const seen = new Set<unknown>();
  return operands.filter((operand) => {
    const key = operand.kind === 'intervals' ? operand.set : operand;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function nameOf(kind: Combination['kind'], operands: readonly Operand[]): string {
  const symbol = SYMBOLS[kind];
  const parts: string[] = [];
  let length = 0;
  for (const operand of operands) {
    const part = operandName(operand);
    length += (parts.length > 0 ? symbol.length : 0) + part.length;
    if (length > NAME_LIMIT && parts.length > 0) {
      const noun = operands.every((o) => o.kind !== 'intervals') ? 'calendars' : 'operands';
      return `${parts.join(symbol)}${symbol}… (${operands.length} ${noun})`;
    }
    parts.push(part);
  }
  return parts.join(symbol);
}

/**
 * A leaf's name, `intervals`, or a nested combination in parentheses — as
 * "(…)" when its name would take more than half the limit, so that names
 * never grow with the depth of a chain.
 */
function operandName(operand: Operand): string {
  if (operand.kind === 'calendar') return operand.calendar.name;
  if (operand.kind === 'intervals') return 'intervals';
  return operand.name.length + 2 > NAME_LIMIT / 2 ? '(…)' : `(${operand.name})`;
}

/**
 * The open time of `root` in `[from, to)`: leaves answer from their own
 * indexes, every combination is computed once, after its operands, from an
 * explicit stack.
 * @internal
 */
export function evaluate(root: Combination, from: number, to: number): IntervalSet {
  const order = postOrder(root);
  // How many uses (by the combinations, counting repeats) are left of each operand's value.
  const users = new Map<Operand, number>([[root, 1]]);
  for (const node of order) for (const operand of node.operands) users.set(operand, (users.get(operand) ?? 0) + 1);
  const values = new Map<Operand, IntervalSet>();
  const valueOf = (operand: Operand): IntervalSet => {
    let value = values.get(operand);
    if (value === undefined) {
      value = operand.kind === 'calendar' ? operand.calendar.openIntervals(from, to) : (operand as IntervalsOperand).set.clip(from, to);
      values.set(operand, value);
    }
    const left = (users.get(operand) as number) - 1;
    users.set(operand, left);
    if (left === 0) values.delete(operand);
    return value;
  };
  for (const node of order) {
    const [first, ...rest] = node.operands;
    let result = valueOf(first as Operand);
    for (const operand of rest) {
      const value = valueOf(operand);
      result = node.kind === 'union' ? result.union(value) : node.kind === 'intersect' ? result.intersect(value) : result.subtract(value);
    }
    values.set(node, result);
  }
  return values.get(root) as IntervalSet;
}

/** The combinations under `root` (itself included), each once, every one after those it uses. */
function postOrder(root: Combination): Combination[] {
  const order: Combination[] = [];
  const state = new Map<Combination, 'open' | 'done'>();
  const stack: Combination[] = [root];
  while (stack.length > 0) {
    const node = stack[stack.length - 1] as Combination;
    const seen = state.get(node);
    if (seen !== undefined) {
      stack.pop();
      if (seen === 'open') {
        state.set(node, 'done');
        order.push(node);
      }
      continue;
    }
    state.set(node, 'open');
    for (const operand of node.operands) {
      if (operand.kind !== 'calendar' && operand.kind !== 'intervals' && !state.has(operand)) stack.push(operand);
    }
  }
  return order;
}

/**
 * The closed days (holidays, `closedDates`) of the leaf calendars that can
 * close `root`: every leaf reached without going through the subtracted side
 * of a `minus` (subtracting never closes a day), first-found first, one per
 * date. The caller keeps those on which `root` has no open time.
 * @internal
 */
export function candidateClosedDays(root: Combination, from: number, to: number): ClosedDay[] {
  const byDate = new Map<string, ClosedDay>();
  const seen = new Set<Operand>();
  const stack: Operand[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Operand;
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === 'calendar') {
      for (const day of node.calendar.closedDays(from, to)) if (!byDate.has(day.date)) byDate.set(day.date, day);
    } else if (node.kind !== 'intervals') {
      const closing = node.kind === 'minus' ? node.operands.slice(0, 1) : node.operands;
      // Pushed in reverse so that the left operand is visited first.
      for (let i = closing.length - 1; i >= 0; i--) stack.push(closing[i] as Operand);
    }
  }
  return [...byDate.values()].sort((a, b) => a.start - b.start);
}
