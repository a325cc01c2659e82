import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/analysis/report.js";
import { clusterColour } from "../../src/web/features/graph/palette.js";
import { clusterChangeLines } from "../../src/web/features/years/cluster-changes.js";
import { readSample } from "../sample/read-sample.js";

const sample = readSample();
const analysis = analyseNetwork(sample);

describe("the years panel's clusters on the sample", () => {
  it("lists the clusters born, merged, split and ended, the first year being the baseline", () => {
    const lines = analysis.years.map((year) => clusterChangeLines(year.clusterChanges));
    expect(lines[0]).toEqual([]);
    const count = (key: string) => lines.flat().filter((line) => line.key === key).length;
    expect([count("clusterBorn"), count("clusterMerged"), count("clusterSplit"), count("clusterEnded")]).toEqual([
      1, 2, 1, 0,
    ]);
  });

  it("colours the people of a cluster that carries on the same from one year's analysis to the next", () => {
    const [before, after] = [2024, 2025].map((year) => analyseNetwork(sample, { year, years: false }));
    const continued = new Set(analysis.years.find((year) => year.year === 2025)?.clusterChanges.continued);
    const colourAfter = new Map(after?.actors.map((actor) => [actor.id, clusterColour(actor.community)]));
    let staying = 0;
    let same = 0;
    for (const actor of before?.actors ?? []) {
      const now = colourAfter.get(actor.id);
      if (!continued.has(actor.community) || now === undefined) continue;
      staying += 1;
      if (now === clusterColour(actor.community)) same += 1;
    }
    expect(staying).toBeGreaterThan(200);
    expect(same / staying).toBeGreaterThan(0.95);
    // Its name carries the same number (the legend's "Cluster 3" stays Cluster 3).
    const named = (entry: typeof after, number: number) =>
      (entry?.communities.find((community) => community.community === number)?.name.params as { number?: number })
        ?.number;
    for (const number of continued) expect(named(after, number)).toBe(number + 1);
  });
});
