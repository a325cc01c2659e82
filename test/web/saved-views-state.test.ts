import { describe, expect, it } from "vitest";
import type { SavedView } from "../../src/model/index.js";
import {
  leaveSavedView,
  linkOpensSavedView,
  openSavedView,
  slideFrom,
  slidePosition,
  slideStep,
  toSavedState,
} from "../../src/web/features/saved-views/state.js";
import {
  DEFAULT_VIEW,
  select,
  setArea,
  setColourBy,
  setSearch,
  setSizeBy,
  setYear,
  toggleKind,
  toggleTieType,
  type ViewState,
} from "../../src/web/features/view/state.js";
import { queryToView, viewToQuery } from "../../src/web/features/view/url.js";

const apply = (view: ViewState, ...producers: ((state: ViewState) => ViewState)[]) =>
  producers.reduce((state, producer) => producer(state), view);

function saved(id: string, name: string, state: SavedView["state"] = {}): SavedView {
  return { id, name, state, created: "2026-12-01T20:00:00.000Z", updated: "2026-12-01T20:00:00.000Z" };
}

describe("a saved view", () => {
  const explored = apply(
    DEFAULT_VIEW,
    setYear(2019),
    toggleKind("place"),
    toggleTieType("knows"),
    setArea("Molenbuurt"),
    (state) => ({ ...state, cluster: 2 }),
    select("r7"),
    setColourBy("kind"),
    setSizeBy("degree"),
  );

  it("keeps the year, filters, focus, colour and size, and nothing of the default", () => {
    expect(toSavedState(DEFAULT_VIEW)).toEqual({});
    expect(toSavedState(explored)).toEqual({
      year: 2019,
      kinds: ["resident", "professional", "group", "institution"],
      tieTypes: explored.tieTypes,
      area: "Molenbuurt",
      cluster: 2,
      actor: "r7",
      colourBy: "kind",
      sizeBy: "degree",
    });
    expect(toSavedState(setYear("all")(DEFAULT_VIEW))).toEqual({ year: "all" });
  });

  it("leaves out one person's screen: search text, panel, language, hidden names, the projector", () => {
    const personal = { ...explored, search: "Noor", panel: "gaps" as const, language: "nl" as const, anonymous: true };
    expect(toSavedState({ ...personal, projector: true })).toEqual(toSavedState(explored));
  });

  it("opens as it was saved, over whatever the screen showed, keeping the screen's own choices", () => {
    const elsewhere = apply(
      { ...DEFAULT_VIEW, language: "nl", projector: true, anonymous: true },
      setYear(2021),
      toggleKind("group"),
      setSearch("Mira"),
      select("g1"),
    );
    const opened = openSavedView({ id: "v1", state: toSavedState(explored) })(elsewhere);
    expect(opened).toEqual({ ...explored, language: "nl", projector: true, anonymous: true, savedView: "v1" });
  });

  it("drops words this version does not know instead of failing", () => {
    const opened = openSavedView({
      id: "v2",
      state: { kinds: ["resident", "spaceship"], tieTypes: ["knows", "teleports"], colourBy: "mood", sizeBy: "fame" },
    })(DEFAULT_VIEW);
    expect(opened.kinds).toEqual(["resident"]);
    expect(opened.tieTypes).toEqual(["knows"]);
    expect(opened.colourBy).toBe(DEFAULT_VIEW.colourBy);
    expect(opened.sizeBy).toBe(DEFAULT_VIEW.sizeBy);
    expect(leaveSavedView(opened).savedView).toBeUndefined();
  });

  it("is a link: ?view=<id> and ?projector=1 round-trip through the URL", () => {
    const view = { ...DEFAULT_VIEW, projector: true, savedView: "abc_123" };
    expect(viewToQuery(view)).toBe("projector=1&view=abc_123");
    expect(queryToView("projector=1&view=abc_123")).toEqual(view);
    expect(queryToView("view=")).toEqual(DEFAULT_VIEW);
  });

  it("opens from a link that names it alone, not over a reloaded page's own changes", () => {
    expect(linkOpensSavedView(queryToView("view=v1&projector=1&lang=nl&anonymous=1&panel=gaps"))).toBe(true);
    expect(linkOpensSavedView(queryToView("view=v1&year=2019&actor=r7"))).toBe(false);
    expect(linkOpensSavedView(queryToView("year=2019"))).toBe(false);
  });
});

describe("saved views as slides", () => {
  const views = [saved("a", "Now"), saved("b", "Ten years ago"), saved("c", "Only groups")];

  it("step with the arrows and a presenter clicker's PageUp/PageDown, and no other key", () => {
    expect(["ArrowRight", "PageDown", "ArrowLeft", "PageUp", "ArrowUp", "Enter"].map(slideStep)).toEqual([
      1,
      1,
      -1,
      -1,
      undefined,
      undefined,
    ]);
  });

  it("go forward and back, and stop at either end", () => {
    expect(slideFrom(views, "a", 1)?.id).toBe("b");
    expect(slideFrom(views, "b", -1)?.id).toBe("a");
    expect(slideFrom(views, "c", 1)).toBeUndefined();
    expect(slideFrom(views, "a", -1)).toBeUndefined();
  });

  it("start from the first going forward, the last going back, when none is open", () => {
    expect(slideFrom(views, undefined, 1)?.id).toBe("a");
    expect(slideFrom(views, "gone", -1)?.id).toBe("c");
    expect(slideFrom([], undefined, 1)).toBeUndefined();
  });

  it("say where the open one stands: 2 / 3 — its name", () => {
    expect(slidePosition(views, "b")).toEqual({ number: 2, count: 3, name: "Ten years ago" });
    expect(slidePosition(views, undefined)).toBeUndefined();
  });
});
