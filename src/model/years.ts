import type { Actor, Network, Tie } from "./types.js";

/** Active in year Y: `since` empty or ≤ Y, and `until` empty or ≥ Y (both inclusive). */
export function isActiveIn(item: Pick<Actor | Tie, "since" | "until">, year: number): boolean {
  return (item.since === undefined || item.since <= year) && (item.until === undefined || item.until >= year);
}

/** The network as of `year`: active actors, and active ties whose two ends are active. */
export function networkAsOf(network: Network, year: number): Network {
  const actors = network.actors.filter((actor) => isActiveIn(actor, year));
  const present = new Set(actors.map((actor) => actor.id));
  const ties = network.ties.filter(
    (tie) => isActiveIn(tie, year) && present.has(tie.source) && present.has(tie.target),
  );
  return { actors, ties };
}

/** Every year the data mentions (actor and tie `since`/`until`), filled in between, ascending. */
export function yearsInData(network: Network): number[] {
  // A loop, not Math.min(...years): spreading hundreds of thousands of arguments overflows the stack.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const mention = (year: number | undefined) => {
    if (year === undefined) return;
    if (year < first) first = year;
    if (year > last) last = year;
  };
  for (const items of [network.actors, network.ties]) {
    for (const item of items) {
      mention(item.since);
      mention(item.until);
    }
  }
  if (first > last) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
