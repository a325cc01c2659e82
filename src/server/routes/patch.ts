/** A record with a PATCH body applied: given fields replace, fields sent as null are cleared. */
export function patched<T extends object>(record: T, patch: object): T {
  const merged: Record<string, unknown> = { ...(record as Record<string, unknown>), ...patch };
  for (const [field, value] of Object.entries(patch)) if (value === null) delete merged[field];
  return merged as T;
}
