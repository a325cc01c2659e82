import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/analysis/index.js";
import { exportNetwork, figureColumns } from "../../src/io/index.js";
import { type Actor, type Network, type Tie, tieId } from "../../src/model/index.js";

const actor = (id: string, extra: Partial<Actor> = {}): Actor => ({
  id,
  name: id.toUpperCase(),
  kind: "resident",
  gifts: [],
  interests: [],
  custom: {},
  ...extra,
});
const knows = (source: string, target: string, since: number): Tie => ({
  id: tieId("knows", source, target, since),
  source,
  target,
  type: "knows",
  since,
  weight: 1,
  custom: {},
});

// A path a – b – c in 2020; d joins c in 2021, so in 2021 c is on the way too.
const NETWORK: Network = {
  actors: [actor("a"), actor("b"), actor("c"), actor("d", { since: 2021 })],
  ties: [knows("a", "b", 2020), knows("b", "c", 2020), knows("c", "d", 2021)],
};

describe("exports that carry the figures of a year", () => {
  const figures2020 = figureColumns(analyseNetwork(NETWORK, { year: 2020, years: false }).actors);

  it("writes betweenness, cluster and role into the GEXF, where Gephi reads them back", () => {
    const graph = parseGexf(MultiGraph, exportNetwork(NETWORK, "gexf", figures2020)["weave.gexf"] ?? "");
    // In the path, only b stands between the others: a–c goes through b.
    expect(graph.getNodeAttribute("b", "betweenness")).toBeGreaterThan(0);
    expect(graph.getNodeAttribute("a", "betweenness")).toBe(0);
    expect(graph.getNodeAttribute("b", "betweenness")).toBe(figures2020.get("b")?.betweenness);
    expect(graph.getNodeAttribute("b", "cluster")).toBeGreaterThanOrEqual(1);
    expect(typeof graph.getNodeAttribute("b", "role")).toBe("string");
    expect(graph.getNodeAttribute("b", "label")).toBe("B");
  });

  it("follows the chosen year: in 2021 c stands between d and the rest", () => {
    const figures2021 = figureColumns(analyseNetwork(NETWORK, { year: 2021, years: false }).actors);
    const graph = parseGexf(MultiGraph, exportNetwork(NETWORK, "gexf", figures2021)["weave.gexf"] ?? "");
    expect(graph.getNodeAttribute("c", "betweenness")).toBeGreaterThan(0);
  });

  it("writes the figures as GraphML attributes and CSV columns, and nothing without them", () => {
    const graphml = parseGraphml(MultiGraph, exportNetwork(NETWORK, "graphml", figures2020)["weave.graphml"] ?? "");
    expect(graphml.getNodeAttribute("b", "betweenness")).toBe(figures2020.get("b")?.betweenness);
    const nodes = exportNetwork(NETWORK, "csv", figures2020)["nodes.csv"] ?? "";
    const [header, ...rows] = nodes.trim().split(/\r?\n/);
    const columns = header?.split(",") ?? [];
    expect(columns).toEqual(expect.arrayContaining(["degree", "betweenness", "pagerank", "cluster", "role"]));
    const b = rows.find((row) => row.startsWith("b,"))?.split(",");
    expect(b?.[columns.indexOf("degree")]).toBe("2");
    expect(exportNetwork(NETWORK, "csv")["nodes.csv"]).not.toContain("betweenness");
    expect(exportNetwork(NETWORK, "gexf")["weave.gexf"]).not.toContain("betweenness");
  });
});
