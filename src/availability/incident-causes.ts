import { SlaInputError } from '../errors.js';
import { DEFAULT_CAUSE, type Incident } from './incidents.js';

/**
 * What to do with an incident cause a contract that excludes causes does not
 * declare: `error` (default) throws {@link SlaInputError}; `count` counts the
 * incident as downtime, like any cause that is not excluded.
 *
 * @example
 * ```ts
 * const policy: UnknownCauses = 'count';
 * ```
 */
export type UnknownCauses = 'error' | 'count';

/**
 * How incident cause labels are read against a contract's causes.
 * `Cause` is the union of the contract's declared causes when the code
 * knows them (a preset's, or those of a definition written in code), so an
 * alias onto another cause does not compile; it is `string` otherwise.
 *
 * @example
 * ```ts
 * const reading: CauseReading = { causeAliases: { DDoS: 'ddos', 'ISP outage': 'external-network' }, unknownCauses: 'error' };
 * const letsignitReading: CauseReading<'internal' | 'external-network' | 'ddos'> = { causeAliases: { DDoS: 'ddos' } };
 * ```
 */
export interface CauseReading<Cause extends string = string> {
  /**
   * Labels read as a declared cause (`{ DDoS: 'ddos' }`): own properties
   * only; each target must be a declared cause.
   */
  readonly causeAliases?: Readonly<Record<string, Cause>> | undefined;
  /** Default `error`. */
  readonly unknownCauses?: UnknownCauses | undefined;
}

/**
 * The causes a contract knows: the labels it declares and those it
 * excludes from downtime (Letsignit §6: `external-network`, `ddos`).
 *
 * @example
 * ```ts
 * const rule: CauseRule = { declared: ['internal', 'external-network', 'ddos'], excluded: ['external-network', 'ddos'] };
 * ```
 */
export interface CauseRule {
  /** Declared labels; `internal` (the default cause) and the excluded ones are declared too. */
  readonly declared?: readonly string[] | undefined;
  /** Labels whose incidents excuse the time they cover. */
  readonly excluded?: readonly string[] | undefined;
}

/**
 * The one rule by which an incident's cause label is read, for the API
 * (`Contract.availability`) and the CLI (`--incidents`) alike:
 *
 * - a contract that excludes no cause counts every label as downtime:
 *   every non-empty label is accepted as is;
 * - a contract that excludes causes decides on the label, so a label must be
 *   one it declares (`DDoS` is not `ddos`): an alias maps a label onto a
 *   declared cause, `unknownCauses: 'count'` counts an undeclared label as
 *   downtime, and otherwise an undeclared label is a {@link SlaInputError}
 *   naming the field, the label and the declared causes.
 *
 * Labels are looked up in a `Map` and a `Set`, never on an object's
 * prototype: `toString` or `__proto__` are labels like any other.
 *
 * @throws {SlaInputError} from {@link IncidentCauses.of} on a bad rule or
 *   reading (an alias onto an undeclared cause, an unknown `unknownCauses`);
 *   from {@link IncidentCauses.read} on an empty or undeclared label.
 * @example
 * ```ts
 * const causes = IncidentCauses.of(
 *   { declared: ['internal', 'external-network', 'ddos'], excluded: ['external-network', 'ddos'] },
 *   { causeAliases: { DDoS: 'ddos' } },
 * );
 * causes.read('DDoS', 'incidents[0].cause');     // "ddos"
 * causes.read('internal', 'incidents[0].cause'); // "internal"
 * causes.read('Ddos', 'incidents[0].cause');
 * // SlaInputError: incidents[0].cause: expected one of the contract's causes internal, external-network, ddos …, got "Ddos"
 * ```
 */
export class IncidentCauses {
  /** Every declared label, `internal` first when the rule does not list it. */
  readonly declared: readonly string[];
  /** The excluded labels. */
  readonly excluded: readonly string[];
  /** Whether labels are checked: the contract excludes some cause. */
  readonly checked: boolean;
  /** What an undeclared label does where labels are checked. */
  readonly unknownCauses: UnknownCauses;
  readonly #declared: ReadonlySet<string>;
  readonly #aliases: ReadonlyMap<string, string>;
  readonly #expected: string;

  private constructor(declared: readonly string[], excluded: readonly string[], aliases: ReadonlyMap<string, string>, unknownCauses: UnknownCauses) {
    this.declared = declared;
    this.excluded = excluded;
    this.checked = excluded.length > 0;
    this.unknownCauses = unknownCauses;
    this.#declared = new Set(declared);
    this.#aliases = aliases;
    this.#expected = this.checked
      ? `one of the contract's causes ${declared.join(', ')} (${excluded.join(', ')} excluded from downtime; map another label onto one of them with a cause alias, or count unknown labels as downtime)`
      : 'a non-empty cause such as "internal"';
  }

  /**
   * The causes of a rule, read with `reading`.
   *
   * @throws {SlaInputError} naming `excludedCauses[i]`, `causes[i]`,
   *   `causeAliases.<label>` or `unknownCauses`.
   * @example
   * ```ts
   * IncidentCauses.of({ declared: ['internal'] }).checked; // false: every label counts
   * ```
   */
  static of(rule: CauseRule, reading: CauseReading = {}): IncidentCauses {
    const excluded = labels(rule.excluded, 'excludedCauses');
    const declared = [...new Set([DEFAULT_CAUSE, ...labels(rule.declared, 'causes'), ...excluded])];
    const unknownCauses = reading.unknownCauses ?? 'error';
    if (unknownCauses !== 'error' && unknownCauses !== 'count') throw new SlaInputError('unknownCauses', unknownCauses, '"error" or "count"');
    const aliases = new Map<string, string>();
    const given: unknown = reading.causeAliases ?? {};
    if (given === null || typeof given !== 'object' || Array.isArray(given)) throw new SlaInputError('causeAliases', given, 'an object of label → declared cause, e.g. { DDoS: "ddos" }');
    const known = new Set(declared);
    for (const [label, target] of Object.entries(given)) {
      if (typeof target !== 'string' || !known.has(target)) {
        throw new SlaInputError(`causeAliases.${label}`, target, `one of the contract's causes ${declared.join(', ')}`);
      }
      aliases.set(label, target);
    }
    return new IncidentCauses(declared, excluded, aliases, unknownCauses);
  }

  /**
   * The cause `label` is read as: its alias target, else the label itself
   * when declared (or when the contract excludes no cause, or unknown labels
   * count); throws otherwise.
   *
   * @throws {SlaInputError} naming `field` on an empty or non-string label,
   *   or an undeclared one where the contract excludes causes.
   * @example
   * ```ts
   * IncidentCauses.of({ declared: ['internal'] }).read('ddos', 'cause'); // "ddos" (counts as downtime)
   * ```
   */
  read(label: unknown, field: string): string {
    if (typeof label !== 'string' || label === '') throw new SlaInputError(field, label, this.#expected);
    const alias = this.#aliases.get(label);
    if (alias !== undefined) return alias;
    if (!this.checked || this.unknownCauses === 'count' || this.#declared.has(label)) return label;
    throw new SlaInputError(field, label, this.#expected);
  }

  /**
   * `incidents` with each given cause read by {@link IncidentCauses.read}
   * (an absent cause stays absent: the default `internal`). The same array
   * when nothing changes.
   *
   * @throws {SlaInputError} naming `<field>[i].cause`.
   * @example
   * ```ts
   * const causes = IncidentCauses.of({ excluded: ['ddos'] }, { causeAliases: { DDoS: 'ddos' } });
   * causes.readIncidents([{ start: 0, end: 60_000, cause: 'DDoS' }])[0]?.cause; // "ddos"
   * ```
   */
  readIncidents(incidents: readonly Incident[], field = 'incidents'): readonly Incident[] {
    if (!Array.isArray(incidents)) return incidents;
    let changed = false;
    const read = incidents.map((incident: Incident, i) => {
      if (incident === null || typeof incident !== 'object' || incident.cause === undefined) return incident;
      const cause = this.read(incident.cause, `${field}[${i}].cause`);
      if (cause === incident.cause) return incident;
      changed = true;
      return { ...incident, cause };
    });
    return changed ? read : incidents;
  }
}

function labels(list: readonly string[] | undefined, field: string): readonly string[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new SlaInputError(field, list, 'an array of cause labels such as ["external-network", "ddos"]');
  list.forEach((label, i) => {
    if (typeof label !== 'string' || label === '') throw new SlaInputError(`${field}[${i}]`, label, 'a non-empty cause label');
  });
  return list;
}
