import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/analysis/index.js";
import { cliTranslations } from "../../src/cli/i18n.js";
import type { Network } from "../../src/model/index.js";
import { buildExplorerModel } from "../../src/web/app/explorer-model.js";
import { createDisplayGraph, syncDisplayGraph } from "../../src/web/features/graph/display-graph.js";
import { DEFAULT_VIEW } from "../../src/web/features/view/state.js";
import { network } from "../analysis/helpers.js";

/** Ann de Vries, alone; Bea Smit and Cas Bakker, in the choir together. */
const TINY: Network = network(
  [
    { id: "ann", name: "Ann de Vries", interests: ["singing"] },
    { id: "bea", name: "Bea Smit" },
    { id: "cas", name: "Cas Bakker" },
    { id: "choir", name: "Weverskoor", kind: "group", interests: ["singing"] },
  ],
  [
    ["bea", "cas"],
    ["bea", "choir", "member_of"],
    ["cas", "choir", "member_of"],
  ],
);

function modelFor(language: "en" | "nl", anonymous: boolean, hiddenNames?: ReadonlyMap<string, string>) {
  const graph = createDisplayGraph();
  syncDisplayGraph(graph, TINY, () => ({ x: 0, y: 0 }));
  return buildExplorerModel({
    network: TINY,
    analysis: { ...analyseNetwork(TINY), freshness: { state: "fresh", version: 1, current: 1 } },
    analysing: false,
    years: [],
    year: undefined,
    counts: { actors: 4, ties: 3 },
    graph,
    view: { ...DEFAULT_VIEW, anonymous },
    update: () => {},
    neighbours: () => [],
    language,
    translate: cliTranslations(language).analysis,
    hiddenNames,
  });
}

describe("the explorer's sentences", () => {
  it("name the people in them", () => {
    const model = modelFor("en", false);
    const gap = model.analysis?.gaps.find((entry) => entry.type === "isolated-resident");
    expect(model.describe(gap?.message ?? { code: "isolated_group", params: { group: "choir" } })).toBe(
      "Ann de Vries has no tie to another resident or to a group yet: who could introduce them?",
    );
  });

  it("show initials only in the anonymous view, in both languages, with groups still named", () => {
    for (const language of ["en", "nl"] as const) {
      const model = modelFor(language, true);
      const sentences = [...(model.analysis?.gaps ?? []), ...(model.analysis?.suggestions ?? [])]
        .map((finding) => model.describe(finding.message))
        .join("\n");
      expect(sentences).toContain("A.V.");
      expect(sentences).toContain("Weverskoor");
      expect(sentences).not.toMatch(/Ann|Vries|Bea|Smit|Cas|Bakker/);
    }
  });

  it("call residents by the pseudonym downloads use when the server gave them, groups by name", () => {
    const pseudonyms = new Map([
      ["ann", "Amber Heron"],
      ["bea", "Quiet Otter"],
    ]);
    const model = modelFor("en", true, pseudonyms);
    expect(["ann", "bea", "cas", "choir"].map(model.nameOf)).toEqual(["Amber Heron", "Quiet Otter", "…", "Weverskoor"]);
    const gap = model.analysis?.gaps.find((entry) => entry.type === "isolated-resident");
    expect(model.describe(gap?.message ?? { code: "isolated_group", params: { group: "choir" } })).toMatch(
      /^Amber Heron has no tie/,
    );
    // Names shown: the pseudonyms change nothing.
    expect(modelFor("en", false, undefined).nameOf("ann")).toBe("Ann de Vries");
  });

  it("name clusters as the legend does: Cluster in English, Kring in Dutch", () => {
    const cluster = modelFor("en", false).analysed("bea")?.community ?? -1;
    expect(modelFor("en", false).clusterName(cluster)).toBe(`Cluster ${cluster + 1}`);
    expect(modelFor("nl", false).clusterName(cluster)).toBe(`Kring ${cluster + 1}`);
  });
});
