import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/analysis/index.js";
import type { YearFigures } from "../../src/web/api/types.js";
import { bridgingRuns } from "../../src/web/features/actor/bridging-series.js";
import { formatChange, formatFigure } from "../../src/web/features/compare/format.js";
import { comparedYears, comparisonRows, newlyLinked } from "../../src/web/features/compare/state.js";
import { labelledYears, niceCeiling } from "../../src/web/features/report/axis.js";
import { listedPart } from "../../src/web/features/report/lists.js";
import { DEFAULT_VIEW, setComparedYears } from "../../src/web/features/view/state.js";
import { queryToView, viewToQuery } from "../../src/web/features/view/url.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";

const s50 = analyseNetwork(readFixtureNetwork("s50"));

function year(figures: Partial<YearFigures> & { year: number }): YearFigures {
  return {
    actors: 0,
    ties: 0,
    density: 0,
    components: 0,
    isolates: [],
    isolatedResidents: [],
    modularity: 0,
    clusters: 0,
    clusterChanges: { continued: [], born: [], ended: [], merged: [], split: [] },
    groupLinks: 0,
    groupInstitutionLinks: 0,
    institutionBrokerageShare: 0,
    institutionBrokerageEstimated: false,
    tiesAdded: null,
    tiesRemoved: null,
    groupsLinked: [],
    connectors: [],
    independence: {
      professionals: [],
      paidBrokerageShare: 0,
      cutOffWithoutPaid: [],
      groups: 0,
      groupsReachingAlone: [],
      message: {
        code: "paid_share_first_year",
        params: { year: figures.year, share: 0, count: 0, groups: 0 },
      },
    },
    ...figures,
  };
}

describe("the two years compared", () => {
  it("are the first and the last year unless two years of the data are chosen, earlier first", () => {
    const years = [2019, 2020, 2021];
    expect(comparedYears(years, undefined, undefined)).toEqual({ from: 2019, to: 2021 });
    expect(comparedYears(years, 2021, 2020)).toEqual({ from: 2020, to: 2021 });
    expect(comparedYears(years, 1990, 2020)).toEqual({ from: 2019, to: 2020 });
    expect(comparedYears([], 2020, 2021)).toBeUndefined();
  });

  it("set each figure of s50's first and last wave side by side", () => {
    const rows = comparisonRows(s50.years, { from: 2019, to: 2021 });
    const first = s50.years[0];
    const last = s50.years[2];
    const row = (measure: string) => rows.find((entry) => entry.measure === measure);
    expect(row("actors")).toMatchObject({ from: first?.actors, to: last?.actors });
    expect(row("ties")?.change).toBe((last?.ties ?? 0) - (first?.ties ?? 0));
    expect(row("clusters")).toMatchObject({ from: first?.clusters, to: last?.clusters });
    expect(row("isolatedResidents")?.from).toBe(first?.isolatedResidents.length);
    // The first year is the baseline: nothing "made" in it.
    expect(row("tiesAdded")?.from).toBeNull();
  });

  it("add ties made and lost over the years between, so that they account for the change in ties", () => {
    for (const [from, to] of [
      [2019, 2021],
      [2019, 2020],
      [2020, 2021],
    ] as const) {
      const rows = comparisonRows(s50.years, { from, to });
      const change = (measure: string) => rows.find((entry) => entry.measure === measure)?.change ?? Number.NaN;
      expect(change("tiesAdded") - change("tiesRemoved")).toBe(change("ties"));
    }
  });

  it("list each newly linked pair of groups once, only from the years after the first", () => {
    const figures = [
      year({ year: 2020, groupsLinked: [["g1", "g2"]] }),
      year({ year: 2021, groupsLinked: [["g3", "g2"]] }),
      year({
        year: 2022,
        groupsLinked: [
          ["g2", "g3"],
          ["g1", "i1"],
        ],
      }),
    ];
    expect(newlyLinked(figures, { from: 2020, to: 2022 })).toEqual([
      ["g2", "g3"],
      ["g1", "i1"],
    ]);
    expect(newlyLinked(figures, { from: 2021, to: 2021 })).toEqual([]);
  });

  it("print shares as percentages and changes with their sign", () => {
    expect(formatFigure(0.4567, true)).toBe("46%");
    expect(formatFigure(null, false)).toBe("–");
    const base = { measure: "ties", from: 1, to: 1, kind: "state", asPercent: false } as const;
    expect(formatChange({ ...base, change: 3 })).toBe("+3");
    expect(formatChange({ ...base, change: -2 })).toBe("−2");
    expect(formatChange({ ...base, change: -0.052, asPercent: true })).toBe("−5");
  });

  it("live in the URL with the rest of the view", () => {
    const view = setComparedYears(2018, 2024)(DEFAULT_VIEW);
    expect(viewToQuery(view)).toBe("from=2018&to=2024");
    expect(queryToView("from=2018&to=2024")).toMatchObject({ compareFrom: 2018, compareTo: 2024 });
    expect(queryToView("from=soon")).toMatchObject({ compareFrom: undefined, compareTo: undefined });
    expect(viewToQuery(DEFAULT_VIEW)).toBe("");
  });
});

describe("the report's long lists", () => {
  it("print the first ten and say how many more, never cutting silently", () => {
    const gifts = Array.from({ length: 207 }, (_, index) => `gift ${index}`);
    const part = listedPart(gifts, 20);
    expect(part.shown).toHaveLength(20);
    expect(part.more).toBe(187);
    expect(listedPart(gifts.slice(0, 4)).more).toBe(0);
    expect(listedPart(gifts, Number.POSITIVE_INFINITY)).toEqual({ shown: gifts, more: 0 });
  });
});

describe("the report's trend axes", () => {
  it("end at a round number above the highest value", () => {
    expect(niceCeiling(426)).toBe(500);
    expect(niceCeiling(17)).toBe(20);
    expect(niceCeiling(1)).toBe(1);
    expect(niceCeiling(0)).toBe(1);
  });

  it("name every year when few, else every n-th and always the last", () => {
    expect(labelledYears([2017, 2018, 2019])).toEqual([2017, 2018, 2019]);
    const many = Array.from({ length: 20 }, (_, index) => 2000 + index);
    const labelled = labelledYears(many);
    expect(labelled.length).toBeLessThanOrEqual(9);
    expect(labelled[0]).toBe(2000);
    expect(labelled.at(-1)).toBe(2019);
  });
});

describe("an actor's bridging line", () => {
  it("breaks where the actor was away", () => {
    const bridging = { years: [2019, 2020, 2021, 2022], actors: { a: [0.1, null, 0.3, 0.2] } };
    expect(bridgingRuns(bridging, "a")).toEqual([
      [{ year: 2019, value: 0.1 }],
      [
        { year: 2021, value: 0.3 },
        { year: 2022, value: 0.2 },
      ],
    ]);
    expect(bridgingRuns(bridging, "nobody")).toEqual([]);
    expect(bridgingRuns(undefined, "a")).toEqual([]);
  });

  it("follows s50's analysis, one point per wave for someone there throughout", () => {
    const someone = s50.actors.find((actor) => s50.bridging.actors[actor.id]?.every((value) => value !== null));
    expect(someone).toBeDefined();
    const runs = bridgingRuns(s50.bridging, someone?.id ?? "");
    expect(runs).toHaveLength(1);
    expect(runs[0]?.map((point) => point.year)).toEqual([2019, 2020, 2021]);
  });
});
