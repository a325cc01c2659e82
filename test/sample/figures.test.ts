import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/analysis/report.js";
import { isActiveIn, networkAsOf, TIE_TYPES } from "../../src/model/index.js";
import { readSample } from "./read-sample.js";

// The figures in the "Files" and "Areas" sections of data/sample/README.md.
const network = readSample();
const residents = network.actors.filter((actor) => actor.kind === "resident");
const count = <T>(items: readonly T[], keep: (item: T) => boolean) => items.filter(keep).length;
const range = (prefix: string, first: number, last: number, width: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => `${prefix}${String(first + i).padStart(width, "0")}`);

describe("the sample's files (data/sample/README.md)", () => {
  it("has residents r001–r250, groups g01–g25, institutions i01–i12 and places p01–p08", () => {
    const ids = (kind: string) => network.actors.filter((actor) => actor.kind === kind).map((actor) => actor.id);
    expect(network.actors).toHaveLength(295);
    expect(ids("resident")).toEqual(range("r", 1, 250, 3));
    expect(ids("group")).toEqual(range("g", 1, 25, 2));
    expect(ids("institution")).toEqual(range("i", 1, 12, 2));
    expect(ids("place")).toEqual(range("p", 1, 8, 2));
  });

  it("gives residents gifts, interests, years, consent and a household size", () => {
    expect(count(residents, (r) => r.gifts.length > 0)).toBe(223);
    expect(count(residents, (r) => r.interests.length > 0)).toBe(216);
    expect(count(residents, (r) => (r.since ?? 2017) > 2017)).toBe(60);
    expect(count(residents, (r) => r.until !== undefined)).toBe(14);
    const groups = network.actors.filter((a) => a.kind === "group");
    expect(count(groups, (g) => (g.since ?? 2017) > 2017)).toBeGreaterThan(0);
    expect(count(groups, (g) => g.until !== undefined)).toBeGreaterThan(0);
    expect(count(residents, (r) => r.consent?.given === true)).toBe(186);
    expect(count(residents, (r) => r.consent?.given === false)).toBe(21);
    expect(count(residents, (r) => r.consent === undefined)).toBe(43);
    for (const r of residents) expect(r.custom.household_size).toBeOneOf([1, 2, 3, 4, 5, 6]);
    for (const actor of network.actors.filter((a) => a.kind !== "resident")) {
      expect(actor.custom.household_size).toBeUndefined();
    }
    const quoted = network.actors.filter((a) => /[",]/.test(`${a.name}${a.notes ?? ""}`));
    expect(quoted.length).toBeGreaterThan(0);
  });

  it("has 1,123 ties starting 2017–2025, by type and weight as the table says", () => {
    const ties = network.ties;
    expect(ties).toHaveLength(1123);
    expect(count(ties, (t) => t.since !== undefined && t.since >= 2017 && t.since <= 2025)).toBe(1123);
    expect(count(ties, (t) => t.until !== undefined)).toBe(186);
    expect([1, 2, 3].map((w) => count(ties, (t) => t.weight === w))).toEqual([889, 189, 45]);
    const byType = Object.fromEntries(TIE_TYPES.map((type) => [type, count(ties, (t) => t.type === type)]));
    expect(byType).toEqual({
      knows: 659,
      member_of: 243,
      leads: 33,
      volunteers_at: 19,
      works_at: 10,
      client_of: 66,
      partner_of: 41,
      supports: 30,
      meets_at: 22,
      visits: 0,
    });
  });

  it("has the active actors and ties per year of the README", () => {
    const perYear = Array.from({ length: 9 }, (_, i) => {
      const asOf = networkAsOf(network, 2017 + i);
      return `${2017 + i} ${asOf.actors.length}/${asOf.ties.length}`;
    });
    expect(perYear).toEqual([
      "2017 222/426",
      "2018 243/524",
      "2019 257/627",
      "2020 274/742",
      "2021 276/804",
      "2022 279/863",
      "2023 281/895",
      "2024 283/914",
      "2025 279/937",
    ]);
  });
});

describe("the sample's areas (data/sample/README.md)", () => {
  const AREAS: [string, number, number][] = [
    ["Spinnersstraat", 1, 55],
    ["Kaardersstraat", 56, 95],
    ["Weefhof flats", 96, 150],
    ["Molenbuurt", 151, 190],
    ["the Linden estate", 191, 210],
    ["Canal Wharf", 211, 244],
  ];
  const areaOf = new Map(residents.map((r) => [r.id, r.area]));

  it("puts residents in areas by id range; r245–r250 live elsewhere; Canal Wharf is filled from 2018", () => {
    for (const [area, first, last] of AREAS) {
      expect(range("r", first, last, 3).map((id) => areaOf.get(id))).toEqual(Array(last - first + 1).fill(area));
    }
    expect(range("r", 245, 250, 3).map((id) => areaOf.get(id))).toEqual(Array(6).fill(undefined));
    const canal = residents.filter((r) => r.area === "Canal Wharf");
    expect(canal.every((r) => r.since !== undefined && r.since >= 2018)).toBe(true);
  });

  it("as of 2025, Louvain finds one community per area, holding most of its residents", () => {
    const analysis = analyseNetwork(network, { year: 2025, years: false });
    const communityOf = new Map(analysis.actors.map((actor) => [actor.id, actor.community]));
    const main = AREAS.map(([area]) => {
      const present = residents.filter((r) => r.area === area && isActiveIn(r, 2025));
      const sizes = new Map<number, number>();
      for (const r of present) {
        const community = communityOf.get(r.id) ?? -1;
        sizes.set(community, (sizes.get(community) ?? 0) + 1);
      }
      const [community, size] = [...sizes].sort((a, b) => b[1] - a[1])[0] ?? [-1, 0];
      expect(size / present.length, area).toBeGreaterThan(0.8);
      return community;
    });
    expect(new Set(main).size).toBe(AREAS.length);
  });
});
