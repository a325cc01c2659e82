import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FollowUp, NotFoundError, type ProposedTie, tieId, ValidationError } from "../../src/model/index.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { resident, tie } from "./contract.js";

export const followUp = (id: string, extra: Partial<FollowUp> = {}): FollowUp => ({
  id,
  about: ["r1"],
  assignee: "editor",
  status: "to_contact",
  notes: [],
  createdAt: "2026-03-01T10:00:00.000Z",
  createdBy: "editor",
  updatedAt: "2026-03-01T10:00:00.000Z",
  ...extra,
});

const group = (id: string) => resident(id, { kind: "group", name: `Group ${id}` });
const INTRODUCE: ProposedTie = { type: "knows", source: "r1", target: "r2" };
const JOIN: ProposedTie = { type: "member_of", source: "r1", target: "g1" };

/**
 * Follow-ups, the same on every GraphStore adapter: kept whole, filtered, changed, closed by the
 * tie they propose whichever write records it, and gone with the actors they name.
 */
export function describeFollowUpContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`GraphStore follow-ups: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await open();
      await store.upsertActors([resident("r1"), resident("r2"), resident("r3"), group("g1")]);
    });
    afterEach(async () => {
      await store.close();
    });

    it("keeps every field of a follow-up and leaves the graph version alone", async () => {
      const version = await store.version();
      const full = followUp("f1", {
        about: ["r1", "r2"],
        due: "2026-04-30",
        tie: INTRODUCE,
        notes: [{ at: "2026-03-02T09:30:00.000Z", author: "editor", text: 'Called; "maybe" next week' }],
      });
      await store.createFollowUp(full);
      expect(await store.getFollowUp("f1")).toEqual(full);
      expect(await store.getFollowUp("nope")).toBeUndefined();
      expect(await store.version()).toBe(version);
    });

    it("lists newest first, filtered by assignee, status and actor", async () => {
      await store.createFollowUp(followUp("old", { createdAt: "2026-01-01T00:00:00.000Z" }));
      await store.createFollowUp(
        followUp("new", {
          about: ["r3"],
          assignee: "admin",
          status: "introduced",
          createdAt: "2026-02-01T00:00:00.000Z",
        }),
      );
      const ids = (list: FollowUp[]) => list.map((item) => item.id);
      expect(ids(await store.listFollowUps())).toEqual(["new", "old"]);
      expect(ids(await store.listFollowUps({ assignee: "editor" }))).toEqual(["old"]);
      expect(ids(await store.listFollowUps({ status: "introduced" }))).toEqual(["new"]);
      expect(ids(await store.listFollowUps({ about: "r3" }))).toEqual(["new"]);
      expect(ids(await store.listFollowUps({ about: "r3", assignee: "editor" }))).toEqual([]);
    });

    it("refuses an unknown actor, a status outside the list and a date that is not one, storing nothing", async () => {
      await expect(store.createFollowUp(followUp("f1", { about: ["r1", "ghost"] }))).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(
        store.createFollowUp(followUp("f1", { tie: { type: "knows", source: "r1", target: "ghost" } })),
      ).rejects.toThrow(/no actor with id "ghost"/);
      await expect(store.createFollowUp(followUp("f1", { status: "maybe" as "to_contact" }))).rejects.toThrow(
        /status "maybe" is not one of/,
      );
      await expect(store.createFollowUp(followUp("f1", { due: "2026-02-30" }))).rejects.toBeInstanceOf(ValidationError);
      expect(await store.listFollowUps()).toEqual([]);
      await store.createFollowUp(followUp("f1"));
      await expect(store.updateFollowUp("f1", { due: "tomorrow" }, "2026-03-05T00:00:00.000Z")).rejects.toThrow(
        /due "tomorrow" is not a date/,
      );
      expect(await store.getFollowUp("f1")).toEqual(followUp("f1"));
    });

    it("changes status, assignee and due date, appends notes, and clears the date with null", async () => {
      await store.createFollowUp(followUp("f1", { due: "2026-03-10" }));
      const at = "2026-03-04T12:00:00.000Z";
      const note = { at, author: "admin", text: "Met them at the market" };
      const updated = await store.updateFollowUp("f1", { status: "introduced", assignee: "admin", note }, at);
      expect(updated).toEqual(
        followUp("f1", { due: "2026-03-10", status: "introduced", assignee: "admin", notes: [note], updatedAt: at }),
      );
      expect(await store.getFollowUp("f1")).toEqual(updated);
      const cleared = await store.updateFollowUp("f1", { due: null }, at);
      expect(cleared?.due).toBeUndefined();
      expect(await store.updateFollowUp("nope", { status: "declined" }, at)).toBeUndefined();
    });

    it("closes itself when the proposed tie is written, either way round for an undirected type", async () => {
      await store.createFollowUp(followUp("intro", { about: ["r1", "r2"], tie: INTRODUCE }));
      await store.createFollowUp(followUp("join", { tie: JOIN, status: "not_now" }));
      await store.createFollowUp(
        followUp("other", { about: ["r3"], tie: { type: "knows", source: "r3", target: "r1" } }),
      );
      await store.upsertTies([tie("r2", "r1")]);
      const closed = await store.getFollowUp("intro");
      expect(closed).toMatchObject({ status: "connected", closedByTie: tieId("knows", "r1", "r2") });
      expect(closed?.notes).toEqual([
        { at: expect.any(String), author: "weave", code: "closed_by_tie", tieId: tieId("knows", "r1", "r2") },
      ]);
      expect((await store.getFollowUp("join"))?.status).toBe("not_now");
      expect((await store.getFollowUp("other"))?.status).toBe("to_contact");
    });

    it("closes itself when an import records the proposed tie, and only once", async () => {
      await store.createFollowUp(followUp("join", { tie: JOIN }));
      const network = { actors: [], ties: [tie("r1", "g1", { type: "member_of", since: 2026 })] };
      await store.importNetwork(network);
      const closed = await store.getFollowUp("join");
      expect(closed?.status).toBe("connected");
      await store.upsertTies([tie("r1", "g1", { type: "member_of", since: 2026, weight: 2 })]);
      expect((await store.getFollowUp("join"))?.notes).toHaveLength(1);
    });

    it("goes when an actor it names is erased, and deleteFollowUpsAbout removes them too", async () => {
      await store.createFollowUp(followUp("about-r2", { about: ["r2"] }));
      await store.createFollowUp(followUp("tie-to-r2", { about: ["r1"], tie: INTRODUCE }));
      await store.createFollowUp(followUp("about-r3", { about: ["r3"] }));
      await store.createFollowUp(followUp("about-g1", { about: ["g1"] }));
      expect(await store.deleteActor("r2")).toBe(true);
      expect((await store.listFollowUps()).map((item) => item.id).sort()).toEqual(["about-g1", "about-r3"]);
      expect(await store.deleteFollowUpsAbout("r3")).toBe(1);
      expect(await store.deleteFollowUpsAbout("r3")).toBe(0);
      expect((await store.listFollowUps()).map((item) => item.id)).toEqual(["about-g1"]);
      expect(await store.counts()).toEqual({ actors: 3, ties: 0 });
    });
  });
}
