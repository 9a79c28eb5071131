import type { SourceRef } from '../provenance.js';

/** The citations given, without repeats or gaps. @internal */
export function sources(...refs: (SourceRef | undefined)[]): SourceRef[] {
  const seen = new Set<string>();
  return refs.filter((ref): ref is SourceRef => {
    if (ref === undefined) return false;
    const key = `${ref.document}\u0000${ref.section}\u0000${ref.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
