/** Optional fields absent rather than undefined, so records compare and serialise alike everywhere. */
export function withoutUndefined<T extends object>(record: T): T {
  // A loop rather than Object.fromEntries(Object.entries(…).filter(…)): several times faster per record
  // (every row of an import goes through it).
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const value = (record as Record<string, unknown>)[key];
    if (value === undefined) continue;
    // Assigned, "__proto__" would set the prototype: it is a field like any other.
    if (key === "__proto__")
      Object.defineProperty(kept, key, { value, enumerable: true, writable: true, configurable: true });
    else kept[key] = value;
  }
  return kept as T;
}
