import { describe, expect, it } from "vitest";
import { basePseudonym, PseudonymView, pseudonymTable } from "../../src/io/pseudonyms.js";
import type { Actor } from "../../src/model/index.js";

const KEY = new Uint8Array(32).fill(7);
const OTHER_KEY = new Uint8Array(32).fill(8);
const person = (id: string, extra: Partial<Actor> = {}): Actor => ({
  id,
  name: `Person ${id}`,
  kind: "resident",
  gifts: [],
  interests: [],
  custom: {},
  ...extra,
});
const many = Array.from({ length: 2000 }, (_, index) => person(`r${index}`));

describe("pseudonyms", () => {
  it("are two words, unique among 2,000 residents, numbered where two draw the same pair", () => {
    const { pseudonyms } = pseudonymTable(many, KEY);
    const names = [...pseudonyms.values()];
    expect(new Set(names).size).toBe(2000);
    for (const name of names) expect(name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+( \d+)?$/);
    const numbered = names.filter((name) => / \d+$/.test(name));
    expect(numbered.length).toBeGreaterThan(0);
    for (const name of numbered) expect(names).toContain(name.replace(/ \d+$/, ""));
  });

  it("depend on the key and the id only, not on the order of the data", () => {
    const forward = pseudonymTable(many, KEY).pseudonyms;
    const backward = pseudonymTable([...many].reverse(), KEY).pseudonyms;
    expect(backward).toEqual(forward);
    expect(pseudonymTable(many, OTHER_KEY).pseudonyms.get("r1")).not.toBe(forward.get("r1"));
    // Someone joining whose pair nobody has leaves every pseudonym as it was.
    const taken = new Set([...forward.values()].map((name) => name.replace(/ \d+$/, "")));
    const newcomer = Array.from({ length: 50 }, (_, index) => `new${index}`).find(
      (id) => !taken.has(basePseudonym(KEY, id)),
    ) as string;
    const joined = pseudonymTable([...many, person(newcomer)], KEY).pseudonyms;
    for (const [id, name] of forward) expect(joined.get(id)).toBe(name);
  });

  it("never equal an actor's real name", () => {
    const pair = basePseudonym(KEY, "r1");
    const { pseudonyms } = pseudonymTable([person("r1"), person("g1", { kind: "group", name: pair })], KEY);
    expect(pseudonyms.get("r1")).toBe(`${pair} 2`);
  });

  it("replace the name and withhold notes, custom fields and consent of residents without a yes", () => {
    const no = person("r1", { notes: "lives above the bakery", custom: { floor: 2 }, consent: { given: false } });
    const yes = person("r2", { notes: "choir", consent: { given: true, date: "2024-01-01" } });
    const table = pseudonymTable([no, yes], KEY);
    const view = new PseudonymView("consent", table, KEY);
    expect(view.actor(no)).toEqual({
      id: "r1",
      name: table.pseudonyms.get("r1"),
      kind: "resident",
      gifts: [],
      interests: [],
      custom: {},
    });
    expect(view.actor(yes)).toEqual({ ...person("r2"), notes: "choir" });
    const tie = {
      id: "t",
      source: "r1",
      target: "r2",
      type: "knows" as const,
      weight: 1,
      note: "met at school",
      custom: { x: 1 },
    };
    expect(view.tie(tie)).toEqual({ id: "t", source: "r1", target: "r2", type: "knows", weight: 1, custom: {} });
    expect(new PseudonymView("full", table, KEY).actor(no)).toBe(no);
    expect(new PseudonymView("everyone", table, KEY).actor(yes).name).toBe(table.pseudonyms.get("r2"));
  });
});
