import { professionalsIn } from "../../../analysis/professionals.js";
import type { Network } from "../../../model/index.js";
import { isActiveIn } from "../../../model/years.js";
import { shownKind } from "./shown-kind.js";
import type { FilterView } from "./visibility.js";

/** The part of the network the filters let through, as a network the analysis can work on. */
export function visibleNetwork(
  network: Network,
  view: FilterView,
  communityOf: (id: string) => number | null | undefined,
): Network {
  const professionals = professionalsIn(network, view.year);
  const actors = network.actors.filter(
    (actor) =>
      (view.year === undefined || isActiveIn(actor, view.year)) &&
      (view.kinds.length === 0 || view.kinds.includes(shownKind(actor.kind, professionals.has(actor.id)))) &&
      (view.area === undefined || actor.area === view.area) &&
      (view.cluster === undefined || communityOf(actor.id) === view.cluster),
  );
  const present = new Set(actors.map((actor) => actor.id));
  const ties = network.ties.filter(
    (tie) =>
      present.has(tie.source) &&
      present.has(tie.target) &&
      (view.year === undefined || isActiveIn(tie, view.year)) &&
      (view.tieTypes.length === 0 || view.tieTypes.includes(tie.type)),
  );
  return { actors, ties };
}

/** Areas named in the data, for the area filter. */
export function areasOf(network: Network): string[] {
  const areas = new Set<string>();
  for (const actor of network.actors) if (actor.area !== undefined && actor.area !== "") areas.add(actor.area);
  return [...areas].sort((a, b) => a.localeCompare(b));
}
