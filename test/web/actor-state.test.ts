import { describe, expect, it } from "vitest";
import type { AnalysedActor } from "../../src/web/api/types.js";
import { clustersReached, headlineRole } from "../../src/web/features/actor/state.js";
import { brokerage, rankConnectors } from "../../src/web/features/connectors/state.js";
import { groupUnconnected } from "../../src/web/features/unconnected/state.js";

/** a–b–c–d with e hanging off c, and f–g apart. */
const EDGES: [string, string][] = [
  ["a", "b"],
  ["b", "c"],
  ["c", "d"],
  ["c", "e"],
  ["f", "g"],
];
const neighbours = (id: string) => EDGES.flatMap(([x, y]) => (x === id ? [y] : y === id ? [x] : []));

function actor(id: string, overrides: Partial<AnalysedActor> = {}): AnalysedActor {
  return {
    id,
    name: id.toUpperCase(),
    kind: "resident",
    professional: false,
    degree: 1,
    strength: 1,
    betweenness: 0,
    closeness: 0,
    harmonic: 0,
    eigenvector: 0,
    pagerank: 0,
    community: 0,
    participation: 0,
    withinModuleZ: 0,
    role: "peripheral",
    effectiveSize: null,
    constraint: null,
    articulationPoint: false,
    cutOff: 0,
    status: "none",
    ...overrides,
  };
}

describe("clustersReached", () => {
  it("lists the actor's own cluster first, then the others their ties reach", () => {
    const community: Record<string, number> = { a: 2, b: 1, c: 0, d: 0, e: 3 };
    expect(clustersReached("c", neighbours, (id) => community[id])).toEqual([0, 1, 3]);
  });
});

describe("headlineRole", () => {
  it("puts an unconnected status before any role", () => {
    expect(headlineRole(actor("a", { status: "isolated", role: "connector" }))).toBe("isolated");
  });
  it("names hubs, connectors and last links", () => {
    expect(headlineRole(actor("a", { role: "connector-hub" }))).toBe("connector-hub");
    expect(headlineRole(actor("a", { role: "provincial-hub" }))).toBe("hub");
    expect(headlineRole(actor("a", { role: "kinless" }))).toBe("connector");
    expect(headlineRole(actor("a", { articulationPoint: true }))).toBe("articulation");
    expect(headlineRole(actor("a"))).toBe("member");
  });
});

describe("the ranked panels", () => {
  const actors = [
    actor("x", { role: "connector", betweenness: 0.1 }),
    actor("y", { role: "connector-hub", betweenness: 0.3 }),
    actor("z", { articulationPoint: true, betweenness: 0.2 }),
    actor("w", { betweenness: 0.9 }),
    actor("v", { status: "isolated", name: "Vera" }),
    actor("u", { status: "isolated", name: "Ugo" }),
    actor("t", { status: "service-dependent" }),
  ];

  it("ranks everyone who bridges by betweenness, whatever their role; nobody who bridges nothing", () => {
    expect(rankConnectors(actors).map((entry) => entry.id)).toEqual(["w", "y", "z", "x"]);
  });

  it("explains the bridging with Burt's effective size, in whole contacts", () => {
    expect(brokerage(actor("m", { degree: 6, effectiveSize: 5.67 }))).toEqual({ degree: 6, effective: 6 });
    expect(brokerage(actor("n"))).toBeUndefined();
  });

  it("groups the unconnected by status, by name within each", () => {
    const groups = groupUnconnected(actors);
    expect(groups.get("isolated")?.map((entry) => entry.id)).toEqual(["u", "v"]);
    expect(groups.get("service-dependent")?.map((entry) => entry.id)).toEqual(["t"]);
    expect(groups.get("peripheral")).toEqual([]);
  });
});
