/**
 * A JSON Merge Patch (RFC 7396): an object whose members replace the
 * target's, recursively; a `null` member removes the target's member; an
 * array or any other value replaces the target's value whole.
 *
 * @example
 * ```ts
 * const patch: JsonMergePatch = { availability: { commitments: [{ id: 'monthly', target: '99.95', period: 'month' }] }, notes: null };
 * ```
 */
export type JsonMergePatch = { readonly [member: string]: unknown };

/**
 * Apply a JSON Merge Patch (RFC 7396, section 2) to `target`, without
 * changing either: objects merge member by member, `null` removes a member,
 * arrays and other values replace. As the RFC says, a patch cannot set a
 * member to `null`, and a patch that is not an object replaces the target.
 * Members named like `__proto__` are plain data (own properties), never
 * prototypes.
 *
 * @example
 * ```ts
 * applyMergePatch({ a: 'b', c: { d: 'e', f: 'g' } }, { a: 'z', c: { f: null } }); // { a: 'z', c: { d: 'e' } } (RFC 7396 §3)
 * applyMergePatch({ tags: ['x', 'y'] }, { tags: ['z'] });                            // { tags: ['z'] } (arrays replace)
 * ```
 */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = {};
  if (isObject(target)) for (const [member, value] of Object.entries(target)) define(result, member, value);
  for (const [member, value] of Object.entries(patch)) {
    if (value === null) delete result[member];
    else define(result, member, applyMergePatch(Object.hasOwn(result, member) ? result[member] : undefined, value));
  }
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Own, enumerable data property, even for `__proto__`. */
function define(object: Record<string, unknown>, member: string, value: unknown): void {
  Object.defineProperty(object, member, { value, enumerable: true, writable: true, configurable: true });
}
