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
  const mentioned: number[] = [];
  for (const item of [...network.actors, ...network.ties]) {
    if (item.since !== undefined) mentioned.push(item.since);
    if (item.until !== undefined) mentioned.push(item.until);
  }
  if (mentioned.length === 0) return [];
  const first = Math.min(...mentioned);
  const last = Math.max(...mentioned);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
