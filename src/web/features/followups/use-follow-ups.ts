import { useCallback, useEffect, useState } from "react";
import type { FollowUp } from "../../../model/index.js";
import { fetchSession, type SessionAnswer } from "../session/state.js";
import { fetchFollowUps } from "./api.js";

/** Sent on the window after this page writes a follow-up, so every view of them reloads. */
const CHANGED = "weave:follow-ups-changed";

export function announceFollowUpsChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

export interface FollowUpsState {
  readonly followUps: readonly FollowUp[] | undefined;
  readonly error: unknown;
  readonly reload: () => void;
}

/**
 * Every follow-up, reloaded when `signal` changes (pass the network: a recorded tie may have closed
 * some) and when this page writes one.
 */
export function useFollowUps(signal: unknown): FollowUpsState {
  const [followUps, setFollowUps] = useState<readonly FollowUp[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [revision, setRevision] = useState(0);
  const reload = useCallback(() => setRevision((n) => n + 1), []);

  useEffect(() => {
    window.addEventListener(CHANGED, reload);
    return () => window.removeEventListener(CHANGED, reload);
  }, [reload]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `signal` and `revision` are the reload signals.
  useEffect(() => {
    let current = true;
    fetchFollowUps().then(
      (list) => {
        if (!current) return;
        setFollowUps(list);
        setError(undefined);
      },
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [signal, revision]);

  return { followUps, error, reload };
}

/** Who is asking and what they may do: the follow-ups' "mine" and whether to offer writes. */
export function useWhoAmI(): { readonly name: string | undefined; readonly canWrite: boolean } {
  const [session, setSession] = useState<SessionAnswer | undefined>(undefined);
  useEffect(() => {
    let current = true;
    fetchSession().then(
      (answer) => current && setSession(answer),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  const role = session?.user?.role;
  return { name: session?.user?.name, canWrite: role === "editor" || role === "admin" };
}
