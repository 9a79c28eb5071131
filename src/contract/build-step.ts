import type { z } from 'zod';
import { SlaDefinitionError, SlaError, SlaInputError } from '../errors.js';

/** A primitive's field that is a plain relative path (`tiers[1]`, `tiers[0].min`). */
const RELATIVE_FIELD = /^[A-Za-z_]\w*(\[\d+\])*(\.[A-Za-z_]\w*(\[\d+\])*)*$/;

/**
 * Run one construction step of a definition; an error from a primitive
 * becomes a {@link SlaDefinitionError} at `path`, keeping the primitive's
 * message (which names its own field and value). With `appendField`, a
 * primitive's field that mirrors the definition's shape (the penalty table's
 * `tiers[1]`) is appended, so the path points at the offending element.
 * @internal
 */
export function buildStep<T>(path: string, build: () => T, options: { readonly appendField?: boolean } = {}): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof SlaDefinitionError) throw error;
    if (error instanceof SlaInputError && options.appendField === true && RELATIVE_FIELD.test(error.field)) {
      // The path now names the field: the message says the rest once ("expected …, got …").
      const message = error.message.startsWith(`${error.field}: `) ? error.message.slice(error.field.length + 2) : error.message;
      throw new SlaDefinitionError([{ path: `${path}.${error.field}`, message }]);
    }
    if (error instanceof SlaError) throw new SlaDefinitionError([{ path, message: error.message }]);
    throw error;
  }
}

/** `['calendars', 'support', 'week', 'mon', 0]` → `calendars.support.week.mon[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}


/**
 * The issues to report, with each union's failure replaced by the issues of its branch that got furthest into the
 * value (the deepest path; then the fewest issues): a weekly calendar whose `relativeDays[0].offsetDays` is a string reports that field,
 * not the union's bare "Invalid input" at `calendars.<id>`. A union whose branches tie keeps its own issue. Paths are
 * made absolute. @internal
 */
export function reportedIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    // A union with its own message (a custom `error`) says what it means; only zod's bare "Invalid input" is replaced.
    if (issue.code === 'invalid_union' && issue.message === 'Invalid input' && issue.errors.length > 1) {
      // The deepest branch; among equally deep ones, the one with the fewest issues (the closest match).
      const scores = issue.errors.map((branch) => Math.max(-1, ...branch.map((nested) => nested.path.length)) * 1000 - branch.length);
      const best = Math.max(...scores);
      if (scores.filter((score) => score === best).length === 1 && best > 0) {
        out.push(...reportedIssues(issue.errors[scores.indexOf(best)] ?? [], path));
        continue;
      }
    }
    out.push({ ...issue, path });
  }
  return out;
}

/**
 * A zod issue's message; for a record key, the key's own message ("\"toString\" cannot be used: …") rather than zod's
 * "Invalid key in record"; for a missing field, that it is required ("required: expected a number"). @internal
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_key') return issue.issues[0]?.message ?? issue.message;
  // zod's "Invalid input: expected string, received undefined" for a missing field.
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) return `required: expected ${Object.hasOwn(ARTICLE, issue.expected) ? ARTICLE[issue.expected] : issue.expected}`;
  return issue.message;
}

const ARTICLE: Readonly<Record<string, string>> = { string: 'a string', number: 'a number', boolean: 'true or false', object: 'an object', array: 'an array' };
