import { useEffect, useState } from "react";
import { untilCleanedUp } from "../../api/until-cleaned-up.js";
import { fetchSession, type SessionAnswer } from "./state.js";

/** The session, asked again whenever `revision` changes (after a login, a logout or a reload). */
export function useSession(revision: number): SessionAnswer | undefined {
  const [session, setSession] = useState<SessionAnswer>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` is the signal to ask again.
  useEffect(
    () =>
      untilCleanedUp(fetchSession(), setSession, () => {
        // Without an answer the header simply shows no account.
      }),
    [revision],
  );
  return session;
}
