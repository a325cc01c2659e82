import { useRef } from "react";

/**
 * The same object as long as none of its values changes (compared with Object.is), so a record of
 * many inputs can be one dependency of useMemo instead of a second list that must be kept in step.
 */
export function useShallowStable<T extends Record<string, unknown>>(record: T): T {
  const kept = useRef(record);
  const keys = Object.keys(record);
  const same =
    keys.length === Object.keys(kept.current).length && keys.every((key) => Object.is(record[key], kept.current[key]));
  if (!same) kept.current = record;
  return kept.current;
}
