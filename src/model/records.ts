/** Optional fields absent rather than undefined, so records compare and serialise alike everywhere. */
export function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
