import { type ShownKind, shownKind } from "../filters/shown-kind.js";
import { type FilterView, isActorVisible } from "../filters/visibility.js";
import type { DisplayGraph } from "./display-graph.js";

/** What the map shows for a year and filters: who, in what order, and which kinds and clusters. */
export interface OnScreen {
  /** The visible actors, by name, for the list that walks the map by keyboard. */
  readonly ids: readonly string[];
  readonly kinds: ReadonlySet<ShownKind>;
  readonly communities: ReadonlySet<number>;
}

/** The same visibility the map's reducers apply (`isActorVisible`), gathered once. */
export function onScreen(
  graph: DisplayGraph,
  communityOf: (id: string) => number | null | undefined,
  professionals: ReadonlySet<string>,
  filter: FilterView,
): OnScreen {
  const shown: { id: string; name: string }[] = [];
  const kinds = new Set<ShownKind>();
  const communities = new Set<number>();
  graph.forEachNode((id, node) => {
    const community = communityOf(id);
    const professional = professionals.has(id);
    if (!isActorVisible(node, community, filter, professional)) return;
    shown.push({ id, name: node.name });
    kinds.add(shownKind(node.kind, professional));
    if (community !== null && community !== undefined) communities.add(community);
  });
  shown.sort((a, b) => a.name.localeCompare(b.name));
  return { ids: shown.map(({ id }) => id), kinds, communities };
}
