import { describe, expect, it } from "vitest";
import { searchActors, searchRank } from "../../src/web/features/search/state.js";

const actor = (id: string, name: string, gifts: string[] = []) => ({ id, name, gifts, interests: [] });

describe("search ranking", () => {
  const people = [
    actor("s1", "Samira Bakker"),
    actor("s2", "Samira de Wit"),
    actor("s3", "Samira Ouali"),
    actor("mk", "Mira Kok"),
    actor("m", "Mira"),
    actor("jm", "Jan Miranda"),
    actor("g", "Piet", ["admiral's stories"]),
  ];

  it("lists the whole name, then names that start with it, before names that only contain it", () => {
    expect(searchActors(people, "Mira").map((found) => found.id)).toEqual(["m", "mk", "jm", "s1", "s2", "s3", "g"]);
  });

  it("ranks ignoring case and accents, and leaves out what does not match", () => {
    expect(searchRank(actor("z", "Zoë"), "zoe")).toBe(0);
    expect(searchRank(actor("z", "Zoë Smit"), "ZOE")).toBe(1);
    expect(searchRank(actor("z", "Anne-Zoë"), "zoe")).toBe(2);
    expect(searchRank(actor("z", "Chloë"), "zoe")).toBeUndefined();
  });

  it("keeps the best within the limit, so a short query still shows the exact name", () => {
    const many = [...Array.from({ length: 20 }, (_, i) => actor(`s${i}`, `Samira ${i}`)), actor("m", "Mira")];
    expect(searchActors(many, "mira", 5)[0]?.id).toBe("m");
  });
});
