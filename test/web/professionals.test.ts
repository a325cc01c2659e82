import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/analysis/report.js";
import type { Actor, Network, Tie } from "../../src/model/index.js";
import { employersOf } from "../../src/web/features/actor/state.js";
import { visibleNetwork } from "../../src/web/features/filters/state.js";
import { legendModel } from "../../src/web/features/graph/legend.js";
import { KIND_COLOURS } from "../../src/web/features/graph/palette.js";
import { independenceShown } from "../../src/web/features/independence/state.js";
import { DEFAULT_VIEW, toggleKind } from "../../src/web/features/view/state.js";
import { queryToView, viewToQuery } from "../../src/web/features/view/url.js";

const person = (id: string, kind: Actor["kind"] = "resident"): Actor => ({
  id,
  name: id,
  kind,
  gifts: [],
  interests: [],
  custom: {},
});
const tie = (source: string, target: string, type: Tie["type"], since?: number, until?: number): Tie => ({
  id: `${type}:${source}:${target}`,
  source,
  target,
  type,
  since,
  until,
  weight: 1,
  custom: {},
});

/** Nurse Noor works at the practice until 2021, then is a neighbour like Ann; the practice has a client. */
const NETWORK: Network = {
  actors: [person("noor"), person("ann"), person("gp", "institution")],
  ties: [
    tie("noor", "gp", "works_at", 2019, 2021),
    tie("ann", "gp", "client_of", 2019),
    tie("noor", "ann", "knows", 2019),
  ],
};

describe("professionals in the explorer", () => {
  it("the card names where a professional works in the year shown, and nothing once they stopped", () => {
    expect(employersOf(NETWORK, "noor", 2020)).toEqual(["gp"]);
    expect(employersOf(NETWORK, "noor", 2022)).toEqual([]);
    expect(employersOf(NETWORK, "ann", 2020)).toEqual([]);
  });

  it("the filters keep or drop professionals apart from the other residents, year by year", () => {
    const withoutProfessionals = toggleKind("professional")(DEFAULT_VIEW);
    const ids = (year: number) =>
      visibleNetwork(NETWORK, { ...withoutProfessionals, year }, () => 0).actors.map((actor) => actor.id);
    expect(ids(2020)).toEqual(["ann", "gp"]);
    expect(ids(2022)).toEqual(["noor", "ann", "gp"]);
    const onlyProfessionals = { ...DEFAULT_VIEW, kinds: ["professional" as const], year: 2020 };
    expect(visibleNetwork(NETWORK, onlyProfessionals, () => 0).actors.map((actor) => actor.id)).toEqual(["noor"]);
  });

  it("keeps the professional filter in the URL", () => {
    const view = { ...DEFAULT_VIEW, kinds: ["professional" as const] };
    expect(viewToQuery(view)).toBe("kinds=professional");
    expect(queryToView(viewToQuery(view)).kinds).toEqual(["professional"]);
    const withoutThem = toggleKind("professional")(DEFAULT_VIEW);
    expect(queryToView(viewToQuery(withoutThem)).kinds).toEqual(withoutThem.kinds);
  });

  it("gives professionals their own entry in the legend, by shape and by colour", () => {
    const t = (key: string) => key;
    const legend = legendModel("kind", [], "degree", t, String);
    expect(legend.shapes.map((entry) => entry.kind)).toEqual([
      "resident",
      "professional",
      "group",
      "institution",
      "place",
    ]);
    expect(legend.colours).toContainEqual({ colour: KIND_COLOURS.professional, label: "kind.plural.professional" });
  });

  it("the years panel reads the year on screen, or the last year when every year shows", () => {
    const figures = analyseNetwork(NETWORK, { clusteringRuns: 1 });
    const analysis = { ...figures, freshness: { state: "fresh", version: 1, current: 1 } as const };
    expect(independenceShown(analysis, 2020)?.independence.professionals).toEqual(["noor"]);
    // The data's last year is 2021, when Noor's paid role ends.
    expect(independenceShown(analysis, undefined)?.year).toBe(2021);
    expect(independenceShown(analysis, 2022)).toBeUndefined();
  });
});
