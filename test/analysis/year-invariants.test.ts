import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { analyseNetwork } from "../../src/analysis/report.js";
import { status } from "../../src/analysis/status.js";
import { changesOverYears } from "../../src/analysis/year-changes.js";
import { type Network, yearsInData } from "../../src/model/index.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";
import { readSample } from "../sample/read-sample.js";
import { network } from "./helpers.js";

const key = ([a, b]: [string, string]) => `${a} ${b}`;
const duplicates = (pairs: [string, string][]) => pairs.length - new Set(pairs.map(key)).size;

describe.each([
  ["the sample", readSample()],
  ["s50", readFixtureNetwork("s50")],
] as [string, Network][])("the years of %s add up", (_name, network) => {
  const years = analyseNetwork(network).years;
  const changes = changesOverYears(network);

  it("covers every year in the data", () => {
    expect(years.map((entry) => entry.year)).toEqual(yearsInData(network));
    expect(changes.map((entry) => entry.year)).toEqual(yearsInData(network));
  });

  it("starts with a baseline: nothing made, lost or linked in the first year", () => {
    const [first] = years;
    expect([first?.tiesAdded, first?.tiesRemoved, first?.groupsLinked]).toEqual([null, null, []]);
    expect(changes[0]).toMatchObject({ previous: null, joined: [], left: [], tiesMade: [], tiesLost: [] });
  });

  it("made − lost = the change in ties, and joined − left = the change in actors, every later year", () => {
    for (let i = 1; i < years.length; i++) {
      const [before, now, change] = [years[i - 1], years[i], changes[i]];
      if (before === undefined || now === undefined || change === undefined) throw new Error("missing year");
      expect((now.tiesAdded ?? Number.NaN) - (now.tiesRemoved ?? Number.NaN), `${now.year}`).toBe(
        now.ties - before.ties,
      );
      expect(change.tiesMade.length - change.tiesLost.length, `${now.year}`).toBe(now.ties - before.ties);
      expect(change.joined.length - change.left.length, `${now.year}`).toBe(now.actors - before.actors);
    }
  });

  it("lists no pair twice: within a year, and 'linked for the first time' only once ever", () => {
    for (const change of changes) {
      expect(duplicates(change.tiesMade), `${change.year}`).toBe(0);
      expect(duplicates(change.tiesLost), `${change.year}`).toBe(0);
    }
    expect(duplicates(years.flatMap((entry) => entry.groupsLinked))).toBe(0);
  });

  it("states the truth in every gap between clusters: thin bridges have one tie, unlinked clusters none", () => {
    let seen = 0;
    for (const year of yearsInData(network)) {
      const analysis = analyseNetwork(network, { year, years: false });
      const graph = buildGraph(network, { year });
      const community = new Map(analysis.actors.map((actor) => [actor.id, actor.community]));
      const tiesBetween = (a: number, b: number) =>
        graph.filterEdges((_edge, _attributes, source, target) => {
          const [x, y] = [community.get(source), community.get(target)];
          return (x === a && y === b) || (x === b && y === a);
        }).length;
      for (const gap of analysis.gaps) {
        if (gap.type !== "thin-bridge" && gap.type !== "unlinked-clusters") continue;
        seen += 1;
        const { clusterA, clusterB } = gap.message.params as { clusterA: number; clusterB: number };
        const ties = tiesBetween(clusterA, clusterB);
        if (gap.type === "thin-bridge") {
          expect(gap.message.code, `${year}`).toBe("clusters_single_tie");
          expect(ties, `${year} ${clusterA}–${clusterB}`).toBe(1);
        } else {
          expect(gap.message.code, `${year}`).toBe("clusters_unlinked");
          expect(ties, `${year} ${clusterA}–${clusterB}`).toBe(0);
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe("the isolated residents of a year", () => {
  // Ids that JavaScript enumerates first, in numeric order ("3" before "12"), and others, over two years.
  const awkward = network(
    ["b", "12", "3", "a", "07", "g:group", "i:institution"],
    [
      ["b", "g", "member_of", { since: 2020 }],
      ["3", "i", "client_of", { since: 2021 }],
      ["07", "i", "knows", { since: 2021 }],
      ["12", "b", "knows", { since: 2021 }],
    ],
  );

  it.each([
    ["awkward ids", awkward],
    ["the sample", readSample()],
  ] as [string, Network][])("are, in %s, those status() finds in the year's graph, in its order", (_name, data) => {
    for (const entry of analyseNetwork(data).years) {
      const statuses = status(buildGraph(data, { year: entry.year }));
      const isolated = Object.keys(statuses).filter((id) => statuses[id] === "isolated");
      expect(entry.isolatedResidents, `${entry.year}`).toEqual(isolated);
    }
  });
});
