import { describe, expect, it } from "vitest";
import {
  clearFilters,
  DEFAULT_VIEW,
  hasFilters,
  select,
  setArea,
  setLanguage,
  setSizeBy,
  setYear,
  shownYear,
  toggleKind,
  toggleTieType,
} from "../../src/web/features/view/state.js";
import { queryToView, viewToQuery } from "../../src/web/features/view/url.js";

describe("view producers", () => {
  it("untick a kind from 'every kind', and tick it again back to the empty list", () => {
    const withoutPlaces = toggleKind("place")(DEFAULT_VIEW);
    expect(withoutPlaces.kinds).toEqual(["resident", "professional", "group", "institution"]);
    expect(toggleKind("place")(withoutPlaces).kinds).toEqual([]);
  });

  it("keep kinds in the model's order", () => {
    const two = toggleKind("institution")(toggleKind("group")(DEFAULT_VIEW));
    expect(two.kinds).toEqual(["resident", "professional", "place"]);
    expect(toggleKind("group")(two).kinds).toEqual(["resident", "professional", "group", "place"]);
  });

  it("never change the state they are given", () => {
    const before = { ...DEFAULT_VIEW };
    toggleTieType("knows")(DEFAULT_VIEW);
    setYear(2020)(DEFAULT_VIEW);
    expect(DEFAULT_VIEW).toEqual(before);
  });

  it("treat an empty area as no area, and clear every filter at once", () => {
    expect(setArea("")(DEFAULT_VIEW).area).toBeUndefined();
    const filtered = setArea("Molenbuurt")(toggleTieType("knows")(DEFAULT_VIEW));
    expect(hasFilters(filtered)).toBe(true);
    expect(hasFilters(clearFilters(filtered))).toBe(false);
  });
});

describe("the year on screen", () => {
  const years = [2019, 2020, 2021];

  it("opens at now: the latest year in the data, not every year piled together", () => {
    expect(DEFAULT_VIEW.year).toBe("latest");
    expect(shownYear(DEFAULT_VIEW.year, years)).toBe(2021);
  });

  it("shows every year at once only when asked, and a chosen year as chosen", () => {
    expect(shownYear("all", years)).toBeUndefined();
    expect(shownYear(2020, years)).toBe(2020);
  });

  it("shows everything when the data has no years", () => {
    expect(shownYear("latest", [])).toBeUndefined();
  });
});

describe("the view in the URL", () => {
  it("leaves the default view out of the query string", () => {
    expect(viewToQuery(DEFAULT_VIEW)).toBe("");
  });

  it("round-trips year, filters, selection, colour/size and language", () => {
    const view = [
      setYear(2021),
      toggleKind("place"),
      toggleTieType("member_of"),
      setArea("Canal Wharf"),
      select("r042"),
      setSizeBy("pagerank"),
      setLanguage("nl"),
    ].reduce((state, producer) => producer(state), DEFAULT_VIEW);
    const query = viewToQuery(view);
    expect(query).toContain("year=2021");
    expect(queryToView(query)).toEqual(view);
  });

  it("writes 'all years' as year=all, and reads year=Y links as before", () => {
    expect(viewToQuery(setYear("all")(DEFAULT_VIEW))).toBe("year=all");
    expect(queryToView("year=all").year).toBe("all");
    expect(queryToView("year=2020").year).toBe(2020);
    expect(queryToView("").year).toBe("latest");
  });

  it("ignores what it does not know instead of failing", () => {
    const view = queryToView("year=soon&kinds=resident,dragon&size=magic&colour=pink&panel=nowhere&lang=fr", "nl");
    expect(view).toEqual({ ...DEFAULT_VIEW, kinds: ["resident"], language: "nl" });
  });
});
