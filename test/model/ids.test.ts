import { describe, expect, it } from "vitest";
import { currentTieId, isValidActorId, LIMITS, tieId } from "../../src/model/index.js";

describe("tieId", () => {
  it("keeps the readable type:source:target:since form for ids without '%' or ':'", () => {
    expect(tieId("member_of", "r1", "g1", 2020)).toBe("member_of:r1:g1:2020");
    expect(tieId("knows", "r2", "r1")).toBe("knows:r1:r2:");
    expect(tieId("knows", "Anna de Vries", "Bas-2")).toBe("knows:Anna de Vries:Bas-2:");
  });

  it("tells apart ties whose ends differ only in where a ':' falls", () => {
    const first = tieId("knows", "a:b", "c", 2020);
    const second = tieId("knows", "a", "b:c", 2020);
    expect(first).toBe("knows:a%3Ab:c:2020");
    expect(second).toBe("knows:a:b%3Ac:2020");
  });

  it("encodes '%' too, so an id that looks encoded is not mistaken for one that is", () => {
    expect(tieId("member_of", "a%3Ab", "g")).toBe("member_of:a%253Ab:g:");
    expect(tieId("member_of", "a%3Ab", "g")).not.toBe(tieId("member_of", "a:b", "g"));
  });

  it("names the ends of an undirected tie in one order, whichever way the data gave them", () => {
    expect(tieId("partner_of", "g:2", "g:1", 2021)).toBe(tieId("partner_of", "g:1", "g:2", 2021));
    expect(tieId("member_of", "r:1", "g1")).not.toBe(tieId("member_of", "g1", "r:1"));
  });
});

describe("currentTieId", () => {
  const tie = { type: "knows", source: "c", target: "a:b", since: 2020 } as const;

  it("moves the id tieId gave before it encoded ends to today's, and derives a missing one", () => {
    expect(currentTieId({ ...tie, id: "knows:a:b:c:2020" })).toBe("knows:a%3Ab:c:2020");
    expect(currentTieId(tie)).toBe("knows:a%3Ab:c:2020");
  });

  it("keeps an id the data gave, and today's id", () => {
    expect(currentTieId({ ...tie, id: "from the data" })).toBe("from the data");
    expect(currentTieId({ ...tie, id: "knows:a%3Ab:c:2020" })).toBe("knows:a%3Ab:c:2020");
    expect(currentTieId({ type: "knows", source: "r2", target: "r1", id: "knows:r1:r2:" })).toBe("knows:r1:r2:");
  });
});

describe("isValidActorId", () => {
  it("allows ids up to LIMITS.id characters", () => {
    expect(isValidActorId("B".repeat(LIMITS.id))).toBe(true);
    expect(isValidActorId("B".repeat(LIMITS.id + 1))).toBe(false);
  });
});
