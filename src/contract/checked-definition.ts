import { SlaDefinitionError } from '../errors.js';
import { checkTerms } from './definition-checks.js';
import type { ContractDefinition } from './schema.js';

/**
 * A definition that passes the schema, after the checks the schema cannot
 * make (dangling references, constructs that cannot apply together): the
 * same definition, or a {@link SlaDefinitionError} listing every problem
 * with its JSON path. {@link defineContract} runs it after the schema; a
 * preset runs it alone on its own definition, which its tests prove passes
 * the schema unchanged, so a preset loads no schema library at run time.
 *
 * @throws {SlaDefinitionError} on a cross-reference problem, with its JSON path.
 * @example
 * ```ts
 * const contract = new LetsignitContract(crossChecked(letsignitDefinition()));
 * ```
 * @internal
 */
export function crossChecked<D extends ContractDefinition>(definition: D): D {
  const issues = checkTerms(definition);
  if (issues.length > 0) throw new SlaDefinitionError(issues);
  return definition;
}
