import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SAVED_VIEW_LIMITS } from "../../src/model/index.js";
import { SavedViewStore } from "../../src/store/saved-views/saved-view-store.js";
import { scratchDir } from "../server/harness.js";

describe("the saved view store", () => {
  const scratches: { remove: () => void }[] = [];
  afterEach(() => {
    for (const scratch of scratches.splice(0)) scratch.remove();
  });
  const folder = () => {
    const scratch = scratchDir("weave-views-store-");
    scratches.push(scratch);
    return scratch.dir;
  };

  it("keeps views in views.db across restarts, in the order they were saved", () => {
    const dir = folder();
    const first = SavedViewStore.inDataDir(dir);
    const ids = ["Zebra", "Apple", "Mango"].map((name) => first.add(name, { year: 2020 }).id);
    first.close();
    const again = SavedViewStore.inDataDir(dir);
    expect(again.list().map((view) => view.id)).toEqual(ids);
    expect(again.list().map((view) => view.name)).toEqual(["Zebra", "Apple", "Mango"]);
    again.close();
  });

  it("changes the name or the state alone, and says when there is nothing to change", () => {
    const views = SavedViewStore.inDataDir(folder());
    const made = views.add("Now", { actor: "r1" }, new Date("2026-12-01T19:00:00Z"));
    const renamed = views.update(made.id, { name: "Tonight" }, new Date("2026-12-01T20:00:00Z"));
    expect(renamed).toEqual({ ...made, name: "Tonight", updated: "2026-12-01T20:00:00.000Z" });
    expect(views.update("nobody", { name: "x" })).toBeUndefined();
    expect(views.remove(made.id)).toBe(true);
    expect(views.remove(made.id)).toBe(false);
    views.close();
  });

  it("drops an erased actor's id from every focus and from the bytes of the folder, leaving the rest", () => {
    const dir = folder();
    const views = SavedViewStore.inDataDir(dir);
    const focused = views.add("On Jan", { year: "all", actor: "jan-de-vries-1957" });
    const other = views.add("On r2", { actor: "r2" });
    views.forgetActor("jan-de-vries-1957");
    expect(views.get(focused.id)?.state).toEqual({ year: "all" });
    expect(views.get(other.id)?.state).toEqual({ actor: "r2" });
    const files = readdirSync(dir).map((name) => readFileSync(join(dir, name)).toString("latin1"));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((bytes) => bytes.includes("jan-de-vries-1957"))).toEqual([]);
    views.close();
  });

  it("refuses a view past the limit with a conflict, keeping the others", () => {
    const views = SavedViewStore.inDataDir(folder());
    for (let i = 0; i < SAVED_VIEW_LIMITS.count; i++) views.add(`View ${i}`, {});
    expect(() => views.add("One too many", {})).toThrow(/already 500 saved views/);
    expect(views.list()).toHaveLength(SAVED_VIEW_LIMITS.count);
    views.close();
  });
});
