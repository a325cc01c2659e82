import { describe, expect, it } from "vitest";
import { analyseNetwork, type NetworkAnalysis } from "../../src/analysis/report.js";
import { isConnectorRole } from "../../src/analysis/roles.js";
import type { Network } from "../../src/model/index.js";
import { rankConnectors } from "../../src/web/features/connectors/state.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";
import { florentineNetwork, karateNetwork } from "./helpers.js";

const byBetweenness = (analysis: NetworkAnalysis) =>
  [...analysis.actors].sort((a, b) => b.betweenness - a.betweenness || a.name.localeCompare(b.name));
/** The top tenth by betweenness (at least one), among those who bridge at all. */
const topTenth = (analysis: NetworkAnalysis) =>
  byBetweenness(analysis)
    .slice(0, Math.ceil(analysis.actors.length / 10))
    .filter((actor) => actor.betweenness > 0);

const s50 = readFixtureNetwork("s50");
const CASES: [string, () => Network, number | undefined][] = [
  ["karate", karateNetwork, undefined],
  ["Florentine", florentineNetwork, undefined],
  ["s50 2019", () => s50, 2019],
  ["s50 2020", () => s50, 2020],
  ["s50 2021", () => s50, 2021],
];

describe.each(CASES)("connectors of %s", (_name, make, year) => {
  const analysis = analyseNetwork(make(), { year, years: false });

  it("calls nobody in the top tenth by betweenness (ultra-)peripheral", () => {
    const top = topTenth(analysis);
    expect(top.length).toBeGreaterThan(0);
    for (const actor of top) {
      expect(["peripheral", "ultra-peripheral"], `${actor.id} ${actor.role}`).not.toContain(actor.role);
    }
  });

  it("lists the top brokers first in 'Who connects us?'", () => {
    const listed = rankConnectors(analysis.actors).map((actor) => actor.id);
    const top = topTenth(analysis).map((actor) => actor.id);
    expect(listed.slice(0, top.length)).toEqual(top);
  });
});

describe("the classics' brokers", () => {
  it("karate: Mr. Hi (node 0, 0.438) and the administrator (node 33, 0.304) lead, both connectors", () => {
    const analysis = analyseNetwork(karateNetwork(), { years: false });
    const [first, second] = rankConnectors(analysis.actors);
    expect([first?.id, second?.id]).toEqual(["0", "33"]);
    expect(first?.betweenness).toBeCloseTo(0.437635, 6);
    expect(isConnectorRole(first?.role ?? "peripheral")).toBe(true);
    expect(isConnectorRole(second?.role ?? "peripheral")).toBe(true);
  });

  it("Florentine: the Medici (0.452) lead and are connectors", () => {
    const analysis = analyseNetwork(florentineNetwork(), { years: false });
    const [first] = rankConnectors(analysis.actors);
    expect(first?.id).toBe("Medici");
    expect(first?.betweenness).toBeCloseTo(0.452381, 6);
    expect(first?.role).toBe("connector");
  });

  it("s50: each wave's connectors are its top tenth by betweenness, highest first", () => {
    const analysis = analyseNetwork(s50, { years: true });
    for (const entry of analysis.years) {
      const wave = analyseNetwork(s50, { year: entry.year, years: false });
      expect(entry.connectors, `${entry.year}`).toEqual(topTenth(wave).map((actor) => actor.id));
    }
  });
});
