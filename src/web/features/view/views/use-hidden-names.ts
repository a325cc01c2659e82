import { useEffect, useState } from "react";
import type { Network } from "../../../../model/index.js";
import { exportUrl, request } from "../../../api/client.js";
import type { HiddenNames } from "../../graph/appearance.js";

/**
 * With names hidden, each resident's pseudonym, asked from the server's pseudonymised export: the
 * map and the card then call people what Download data calls them. Asked again when `residents`
 * (their count) changes, so someone added live gets theirs; undefined while names show.
 */
export function useHiddenNames(hidden: boolean, residents: number): HiddenNames | undefined {
  const [names, setNames] = useState<HiddenNames>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `residents` says when to ask again.
  useEffect(() => {
    if (!hidden) {
      setNames(undefined);
      return;
    }
    let current = true;
    request<Network>(exportUrl("json", true)).then(
      ({ actors }) => {
        if (!current) return;
        setNames(new Map(actors.filter((actor) => actor.kind === "resident").map((actor) => [actor.id, actor.name])));
      },
      // Without pseudonyms the names stay hidden all the same: as initials.
      () => current && setNames(undefined),
    );
    return () => {
      current = false;
    };
  }, [hidden, residents]);
  return hidden ? names : undefined;
}
