import type { ActorFigures } from "./actor-figures.js";
import type { CommunitySummary } from "./communities.js";
import type { CutPoints } from "./cut-points.js";
import type { GiftEntry } from "./gifts-map.js";
import type { WeaveGraph } from "./graph.js";
import type { Message } from "./messages/codes.js";
import type { ThinBridge } from "./thin-bridges.js";

/** The kinds of gap, the shape of one, and what finding them reads (gaps.ts and its helpers). */
export const GAP_TYPES = [
  "isolated-resident",
  "service-dependent-resident",
  "peripheral-resident",
  "thin-bridge",
  "unlinked-clusters",
  "bridge-tie",
  "articulation-point",
  "isolated-group",
  "unused-gift",
  "unshared-interest",
  "institution-without-groups",
  "duplication",
] as const;
export type GapType = (typeof GAP_TYPES)[number];

export interface Gap {
  type: GapType;
  actors: string[];
  /** How much closing it would matter, 0–1; gaps are listed highest first. */
  score: number;
  /** What to say about it, rendered in the reader's language with names filled in. */
  message: Message;
}

export interface GapContext {
  graph: WeaveGraph;
  actors: readonly ActorFigures[];
  byId: ReadonlyMap<string, ActorFigures>;
  communities: readonly CommunitySummary[];
  bridges: readonly ThinBridge[];
  cutPoints: CutPoints;
  gifts: readonly GiftEntry[];
}
