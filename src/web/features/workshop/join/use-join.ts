import { useCallback, useEffect, useState } from "react";
import { ApiError } from "../../../api/client.js";
import { fetchJoinable, fetchMe, join, type Me, sendToken, type WorkshopSummary } from "../join-api.js";
import { normaliseCode, type Refusal, refusalOf } from "../state.js";
import { rememberedToken, rememberToken } from "./participant-token.js";

/** Where the phone is: checking the code, refused, ready to join, or in with their own entries. */
export type JoinStep =
  | { readonly step: "checking" }
  | { readonly step: "refused"; readonly refusal: Refusal }
  | { readonly step: "welcome"; readonly workshop: WorkshopSummary; readonly joining: boolean }
  | { readonly step: "in"; readonly workshop: WorkshopSummary; readonly me: Me };

export function refusalFrom(caught: unknown): Refusal {
  return caught instanceof ApiError ? refusalOf(caught.status, caught.code) : "other";
}

/**
 * The phone's way in: the code is checked first; a phone that joined before goes straight back to
 * its own entries; a new one joins with one tap.
 */
export function useJoin(typed: string): {
  readonly state: JoinStep;
  readonly code: string | undefined;
  readonly joinNow: () => void;
  readonly refuse: (caught: unknown) => void;
  readonly setMe: (me: Me) => void;
} {
  const code = normaliseCode(typed);
  const [state, setState] = useState<JoinStep>(
    code === undefined ? { step: "refused", refusal: "unknown" } : { step: "checking" },
  );

  useEffect(() => {
    if (code === undefined) return;
    let current = true;
    const settle = (next: JoinStep) => {
      if (current) setState(next);
    };
    (async () => {
      const workshop = await fetchJoinable(code);
      const token = rememberedToken(code);
      if (token !== undefined) {
        sendToken(token);
        try {
          settle({ step: "in", workshop, me: await fetchMe(code) });
          return;
        } catch (caught) {
          // The cookie is gone or belongs to another code: join again, as a new participant.
          if (!(caught instanceof ApiError) || ![401, 403].includes(caught.status)) throw caught;
          rememberToken(code, undefined);
        }
      }
      settle({ step: "welcome", workshop, joining: false });
    })().catch((caught: unknown) => settle({ step: "refused", refusal: refusalFrom(caught) }));
    return () => {
      current = false;
    };
  }, [code]);

  const refuse = useCallback((caught: unknown) => setState({ step: "refused", refusal: refusalFrom(caught) }), []);

  const joinNow = useCallback(() => {
    if (code === undefined || state.step !== "welcome") return;
    const { workshop } = state;
    setState({ step: "welcome", workshop, joining: true });
    (async () => {
      rememberToken(code, await join(code));
      setState({ step: "in", workshop, me: await fetchMe(code) });
    })().catch(refuse);
  }, [code, state, refuse]);

  const setMe = useCallback(
    (me: Me) => setState((current) => (current.step === "in" ? { ...current, me } : current)),
    [],
  );

  return { state, code, joinNow, refuse, setMe };
}
