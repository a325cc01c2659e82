import { useEffect, useState } from "react";
import { fetchSession, type SessionAnswer } from "./state.js";

/** The session, asked again whenever `revision` changes (after a login, a logout or a reload). */
export function useSession(revision: number): SessionAnswer | undefined {
  const [session, setSession] = useState<SessionAnswer>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` is the signal to ask again.
  useEffect(() => {
    let cancelled = false;
    fetchSession()
      .then((answer) => {
        if (!cancelled) setSession(answer);
      })
      .catch(() => {
        // Without an answer the header simply shows no account.
      });
    return () => {
      cancelled = true;
    };
  }, [revision]);
  return session;
}
