import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { request } from "../../../api/client.js";
import { followEvents } from "../../../api/event-stream.js";
import { type WorkshopCounter as Counter, changesCounter, counterOf, type OpenWorkshop } from "../state.js";

/** Waits for a burst of additions (a participant's ties arrive together) before asking once. */
const SETTLE_MS = 300;

/**
 * "12 people and 31 ties added tonight" and the join code of the open workshop, kept current by the
 * live events. Nothing shows without an open workshop, or on a server without workshops.
 */
export function WorkshopCounter() {
  const { t } = useTranslation();
  const [counter, setCounter] = useState<Counter>();

  useEffect(() => {
    let stopped = false;
    let unfollow = () => {};
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async (): Promise<boolean> => {
      try {
        const { workshops } = await request<{ workshops: OpenWorkshop[] }>("/api/workshops?status=open");
        if (!stopped) setCounter(counterOf(workshops));
        return true;
      } catch {
        // No workshop routes, or this account may not see them: no counter.
        if (!stopped) setCounter(undefined);
        return false;
      }
    };
    void load().then((available) => {
      if (!available || stopped) return;
      unfollow = followEvents({
        onChange: ({ type }) => {
          if (!changesCounter(type)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void load(), SETTLE_MS);
        },
      });
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      unfollow();
    };
  }, []);

  if (counter === undefined) return null;
  return (
    <div className="workshop-counter" aria-live="polite">
      <p data-testid="workshop-counter">
        {t("projector.added", {
          people: t("projector.people", { count: counter.actors }),
          ties: t("projector.ties", { count: counter.ties }),
        })}
      </p>
      <p className="join-code" data-testid="join-code">
        {t("projector.joinWith")} <strong>{counter.code}</strong>
      </p>
    </div>
  );
}
