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

/**
 * The JSON Merge Patch that turns `from` into `to`, the inverse of
 * {@link applyMergePatch}: `applyMergePatch(from, mergePatchBetween(from, to))`
 * equals `to` for JSON data without `null` members (a patch cannot set one,
 * RFC 7396). Members `to` lacks are `null`; objects are compared member by
 * member; any other value that differs (arrays included) replaces whole.
 *
 * @example
 * ```ts
 * mergePatchBetween({ a: 'b', c: { d: 'e', f: 'g' } }, { a: 'z', c: { d: 'e' } }); // { a: 'z', c: { f: null } }
 * ```
 * @internal
 */
export function mergePatchBetween(from: unknown, to: unknown): unknown {
  if (!isObject(from) || !isObject(to)) return to;
  const patch: Record<string, unknown> = {};
  for (const member of Object.keys(from)) if (!Object.hasOwn(to, member)) define(patch, member, null);
  for (const [member, value] of Object.entries(to)) {
    if (!Object.hasOwn(from, member)) {
      define(patch, member, value);
      continue;
    }
    const old = from[member];
    if (isObject(old) && isObject(value)) {
      const inner = mergePatchBetween(old, value) as Record<string, unknown>;
      if (Object.keys(inner).length > 0) define(patch, member, inner);
    } else if (JSON.stringify(old) !== JSON.stringify(value)) {
      define(patch, member, value);
    }
  }
  return patch;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Own, enumerable data property, even for `__proto__`. */
function define(object: Record<string, unknown>, member: string, value: unknown): void {
  Object.defineProperty(object, member, { value, enumerable: true, writable: true, configurable: true });
}
