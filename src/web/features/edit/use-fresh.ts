import { useCallback, useEffect, useMemo, useState } from "react";
import { type FreshRecords, freshAfter, freshAt, type LiveChange, NO_FRESH } from "../../api/live-changes.js";

/** The actors and ties just created (by anyone), kept until their few seconds are over. */
export function useFresh() {
  const [records, setRecords] = useState<FreshRecords>(NO_FRESH);
  const note = useCallback(
    (change: LiveChange) => setRecords((current) => freshAfter(current, change, Date.now())),
    [],
  );
  useEffect(() => {
    const ends = [...records.actors.values(), ...records.ties.values()];
    if (ends.length === 0) return;
    const timer = setTimeout(
      () => setRecords((current) => freshAt(current, Date.now())),
      Math.min(...ends) - Date.now(),
    );
    return () => clearTimeout(timer);
  }, [records]);
  const fresh = useMemo(
    () => ({ actors: new Set(records.actors.keys()), ties: new Set(records.ties.keys()) }),
    [records],
  );
  return { fresh, note };
}
