import { describe, expect, it } from "vitest";
import type { ActorKind, FollowUp } from "../../src/model/index.js";
import {
  countByStatus,
  followUpOfFinding,
  followUpsByYear,
  followUpsToShow,
  INITIAL_LIST_STATE,
  isOverdue,
  localDate,
  proposedTieFor,
  setScope,
  setStatusFilter,
} from "../../src/web/features/followups/state.js";
import { followUp } from "../store/follow-up-contract.js";

const TODAY = "2026-03-10";
const ids = (list: readonly FollowUp[]) => list.map((item) => item.id);

describe("the follow-ups panel's list", () => {
  const list = [
    followUp("undated-new", { createdAt: "2026-03-05T00:00:00.000Z" }),
    followUp("undated-old", { createdAt: "2026-03-01T00:00:00.000Z" }),
    followUp("due-later", { due: "2026-04-01" }),
    followUp("overdue-a-day", { due: "2026-03-09" }),
    followUp("overdue-long", { due: "2026-01-15", status: "introduced" }),
    followUp("past-but-done", { due: "2026-01-01", status: "connected" }),
    followUp("someone-else", { assignee: "admin", due: "2025-12-01" }),
  ];

  it("shows mine, overdue first (longest first), then by due date, undated newest first", () => {
    expect(ids(followUpsToShow(list, INITIAL_LIST_STATE, "editor", TODAY))).toEqual([
      "overdue-long",
      "overdue-a-day",
      "past-but-done",
      "due-later",
      "undated-new",
      "undated-old",
    ]);
  });

  it("shows everyone's, and one status", () => {
    const everyone = setScope("everyone")(INITIAL_LIST_STATE);
    expect(ids(followUpsToShow(list, everyone, "editor", TODAY))[0]).toBe("someone-else");
    const introduced = setStatusFilter("introduced")(everyone);
    expect(ids(followUpsToShow(list, introduced, "editor", TODAY))).toEqual(["overdue-long"]);
    expect(countByStatus(list, "mine", "editor")).toEqual(
      new Map([
        ["to_contact", 4],
        ["introduced", 1],
        ["connected", 1],
      ]),
    );
  });

  it("calls a follow-up overdue only when its date has passed and it still waits", () => {
    expect(isOverdue(followUp("a", { due: "2026-03-09" }), TODAY)).toBe(true);
    expect(isOverdue(followUp("a", { due: TODAY }), TODAY)).toBe(false);
    expect(isOverdue(followUp("a", { due: "2026-03-09", status: "declined" }), TODAY)).toBe(false);
    expect(isOverdue(followUp("a", { due: "2026-03-09", status: "not_now" }), TODAY)).toBe(true);
    expect(isOverdue(followUp("a"), TODAY)).toBe(false);
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});

describe("the tie a suggestion proposes", () => {
  const kinds: Record<string, ActorKind> = {
    r1: "resident",
    r2: "resident",
    g1: "group",
    i1: "institution",
    p1: "place",
  };
  const kindOf = (id: string) => kinds[id];

  it("is the positive type that fits the two kinds, ends turned round when needed", () => {
    expect(proposedTieFor(["r1", "r2"], kindOf)).toEqual({ type: "knows", source: "r1", target: "r2" });
    expect(proposedTieFor(["g1", "r1"], kindOf)).toEqual({ type: "member_of", source: "r1", target: "g1" });
    expect(proposedTieFor(["r1", "i1"], kindOf)).toEqual({ type: "volunteers_at", source: "r1", target: "i1" });
    expect(proposedTieFor(["p1", "g1"], kindOf)).toEqual({ type: "meets_at", source: "g1", target: "p1" });
    expect(proposedTieFor(["r1", "p1"], kindOf)).toEqual({ type: "visits", source: "r1", target: "p1" });
    expect(proposedTieFor(["r1", "gone"], kindOf)).toBeUndefined();
  });

  it("comes with suggestions only, not with gaps", () => {
    const suggestion = { actors: ["r1", "g1"], introducer: null };
    expect(followUpOfFinding(suggestion, kindOf)).toEqual({
      about: ["r1", "g1"],
      tie: { type: "member_of", source: "r1", target: "g1" },
    });
    expect(followUpOfFinding({ actors: ["r1", "g1"] }, kindOf)).toEqual({ about: ["r1", "g1"] });
    const named = { type: "leads", source: "r1", target: "g1" } as const;
    expect(followUpOfFinding({ actors: ["r1", "g1"], introducer: "r2", tie: named }, kindOf).tie).toEqual(named);
    const many = Array.from({ length: 14 }, (_, index) => `r${index}`);
    expect(followUpOfFinding({ actors: many }, kindOf).about).toHaveLength(10);
  });
});

describe("the circle made bigger", () => {
  it("counts follow-ups by the year they were made and ties by the year they closed", () => {
    const closing = (at: string) => ({ at, author: "weave", code: "closed_by_tie" as const, tieId: "t" });
    const years = followUpsByYear([
      followUp("a", { createdAt: "2025-11-01T00:00:00.000Z" }),
      followUp("b", {
        createdAt: "2025-12-01T00:00:00.000Z",
        status: "connected",
        closedByTie: "t",
        notes: [closing("2026-01-20T00:00:00.000Z")],
      }),
      followUp("c", {
        createdAt: "2026-02-01T00:00:00.000Z",
        status: "connected",
        closedByTie: "t",
        notes: [closing("2026-02-03T00:00:00.000Z")],
      }),
      followUp("d", { createdAt: "2026-02-01T00:00:00.000Z", status: "connected" }),
    ]);
    expect(years).toEqual([
      { year: 2025, made: 2, connected: 0 },
      { year: 2026, made: 2, connected: 2 },
    ]);
  });
});
