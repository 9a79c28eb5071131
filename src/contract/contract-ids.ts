/**
 * The ids a contract's methods take, as types: which priorities `due`
 * accepts, which regions, calendars, commitments, causes, deadlines and
 * limits. A preset states them as literal unions; {@link defineContract}
 * reads them from a definition written in code, as zod infers a type from a
 * schema. Types only: nothing here exists at run time, and a wrong id from
 * JavaScript (or from data) is still a typed error when the method runs.
 */

/**
 * The ids of a contract, one union of string literals per kind. A
 * {@link Contract} is generic over them (`Contract<LinkandoIds>`); a
 * contract whose ids are not known in the code (`defineContract(JSON.parse(…))`)
 * is a `Contract<ContractIds>`, plain `Contract`: this interface itself,
 * every kind `string`. In a preset's ids, `never` means the contract has
 * none (LumApps states no commitment, so `errorBudget({ commitment })`
 * takes nothing).
 *
 * @example
 * ```ts
 * interface AcmeIds extends ContractIds {
 *   readonly priority: 'urgent' | 'normal';
 *   readonly region: never;
 *   readonly calendar: 'support';
 *   readonly commitment: 'platform';
 *   readonly cause: 'internal' | 'ddos';
 *   readonly deadline: never;
 *   readonly limit: never;
 * }
 * ```
 */
export interface ContractIds {
  /** First-response priorities: the keys of `responses.priorities` (of every version), what {@link Contract.due} takes. */
  readonly priority: string;
  /** Keys of `regions`: what `due(…, { region })`, `clock(region)` and `metricClock(region)` take. */
  readonly region: string;
  /** Keys of `calendars`: what {@link Contract.calendar} takes. */
  readonly calendar: string;
  /** Ids of `availability.commitments`: `errorBudget({ commitment })`, the keys of `byCommitment`, `commitmentsFor(…).evaluated`. */
  readonly commitment: string;
  /** `internal` (the default cause), `availability.causes` and `availability.excludedCauses`: the targets of `causeAliases`. */
  readonly cause: string;
  /** Ids of `deadlines`: what {@link Contract.deadline} takes. */
  readonly deadline: string;
  /** Ids of `limits`: what {@link Contract.limit} takes. */
  readonly limit: string;
}

/** `T[K]` when `T` is an object with `K` (`undefined` when it is not); `unknown` stays `unknown` (nothing is known). */
type Field<T, K extends string> = unknown extends T ? unknown : T extends object ? (K extends keyof T ? T[K] : undefined) : undefined;

/** The string keys of a record: `string` when unknown or keyed by any string, `never` when absent. */
type RecordKeys<R> = unknown extends R ? string : R extends object ? (string extends keyof R ? string : Extract<keyof R, string>) : never;

/** The strings of a list: `string` when unknown or not literal, `never` when absent. */
type ListValues<L> = unknown extends L ? string : L extends readonly (infer E)[] ? (E extends string ? E : string) : never;

/** The `id`s of a list of objects: `string` when unknown or not literal, `never` when absent. */
type ListIds<L> = unknown extends L ? string : L extends readonly (infer E)[] ? (E extends { readonly id: infer I } ? (I extends string ? I : string) : string) : never;

/** The causes of an availability section: `internal` and the declared and excluded ones; `never` without the section. */
type Causes<A> = unknown extends A ? string : A extends object ? 'internal' | ListValues<Field<A, 'causes'>> | ListValues<Field<A, 'excludedCauses'>> : never;

/** The ids one set of terms (a definition, or a version's patch) states. */
interface TermsIds<T> {
  readonly priority: RecordKeys<Field<Field<T, 'responses'>, 'priorities'>>;
  readonly region: RecordKeys<Field<T, 'regions'>>;
  readonly calendar: RecordKeys<Field<T, 'calendars'>>;
  readonly commitment: ListIds<Field<Field<T, 'availability'>, 'commitments'>>;
  readonly cause: Causes<Field<T, 'availability'>>;
  readonly deadline: ListIds<Field<T, 'deadlines'>>;
  readonly limit: ListIds<Field<T, 'limits'>>;
}

/** The patches of a definition's versions (an amendment may add priorities, calendars, commitments…). */
type Patches<D> = Field<D, 'versions'> extends infer V ? (V extends readonly (infer E)[] ? Field<E, 'patch'> : never) : never;

/** The ids of `D` and of its versions' patches, kind by kind. */
type DefinitionIds<D> = {
  readonly [K in keyof ContractIds]: TermsIds<D>[K] | TermsIds<Patches<D>>[K];
};

/**
 * The ids a definition states, read from its type: priorities from
 * `responses.priorities` keys, regions and calendars from their keys,
 * commitment, deadline and limit ids from their lists, causes from
 * `availability.causes` and `excludedCauses` (and `internal`) — those of
 * every version's patch included. A definition whose type does not say
 * (`unknown`, `any`, `ContractDefinition`) gives `string` ids. What
 * {@link defineContract} returns a `Contract` of.
 *
 * @example
 * ```ts
 * const definition = {
 *   id: 'acme', name: 'ACME support',
 *   calendars: { support: { zone: 'Europe/Paris', week: { mon: ['09:00-18:00'] } } },
 *   responses: { priorities: { urgent: { target: 'PT4H', calendar: 'support' } } },
 * } as const;
 * type Priority = ContractIdsOf<typeof definition>['priority']; // "urgent"
 * ```
 */
export type ContractIdsOf<D> = 0 extends 1 & D ? ContractIds : unknown extends D ? ContractIds : DefinitionIds<D>;
