import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Actor, networkAsOf, type Tie, tieId, ValidationError } from "../../src/model/index.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";

export const resident = (id: string, extra: Partial<Actor> = {}): Actor => ({
  id,
  name: `Resident ${id}`,
  kind: "resident",
  gifts: [],
  interests: [],
  custom: {},
  ...extra,
});

export const tie = (source: string, target: string, extra: Partial<Tie> = {}): Tie => {
  const type = extra.type ?? "knows";
  return { id: tieId(type, source, target, extra.since), source, target, type, weight: 1, custom: {}, ...extra };
};

const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));

/**
 * The behaviour every GraphStore adapter must show. `open` returns an empty, initialised store.
 */
export function describeStoreContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it("starts empty and answers ping", async () => {
      await store.ping();
      expect(await store.counts()).toEqual({ actors: 0, ties: 0 });
      expect(await store.load()).toEqual({ actors: [], ties: [] });
    });

    it("keeps every field of an actor, custom attributes and consent included", async () => {
      const full: Actor = {
        id: "r1",
        name: "Anna de Vries",
        kind: "resident",
        area: "Spinnersstraat",
        gifts: ["cooking", "listening"],
        interests: ["gardening"],
        since: 2018,
        until: 2024,
        consent: { given: true, date: "2024-03-12" },
        notes: 'Met at the 2023 street party; "loves" tulips',
        custom: { household_size: 3, languages: "nl;en" },
      };
      await store.upsertActors([full, resident("r2")]);
      expect(await store.getActor("r1")).toEqual(full);
      expect(await store.getActor("r2")).toEqual(resident("r2"));
      expect(await store.getActor("nobody")).toBeUndefined();
    });

    it("replaces an actor on upsert, dropping fields no longer given", async () => {
      await store.upsertActors([resident("r1", { area: "Old Street", custom: { a: 1 } })]);
      await store.upsertActors([resident("r1", { name: "Renamed" })]);
      expect(await store.getActor("r1")).toEqual(resident("r1", { name: "Renamed" }));
      expect(await store.counts()).toEqual({ actors: 1, ties: 0 });
    });

    it("keeps every field of a tie", async () => {
      await store.upsertActors([resident("r1"), resident("r2")]);
      const full = tie("r1", "r2", {
        since: 2019,
        until: 2021,
        weight: 3,
        note: "neighbours",
        custom: { met: "school" },
      });
      await store.upsertTies([full]);
      expect(await store.getTie(full.id)).toEqual(full);
      expect(await store.getTie("none")).toBeUndefined();
    });

    it("refuses a tie to an unknown actor or one that does not fit its actors' kinds, writing nothing", async () => {
      await store.upsertActors([resident("r1"), resident("r2")]);
      await expect(store.upsertTies([tie("r1", "r2"), tie("r1", "ghost")])).rejects.toBeInstanceOf(ValidationError);
      await expect(store.upsertTies([tie("r1", "r2", { type: "member_of" })])).rejects.toThrow(
        /a member_of tie goes from resident to group, not from resident "r1" to resident "r2"/,
      );
      expect(await store.counts()).toEqual({ actors: 2, ties: 0 });
    });

    it("deletes an actor with every tie that touches it", async () => {
      await store.upsertActors([resident("r1"), resident("r2"), resident("r3")]);
      await store.upsertTies([tie("r1", "r2"), tie("r2", "r3"), tie("r1", "r3")]);
      expect(await store.deleteActor("r2")).toBe(true);
      expect(await store.deleteActor("r2")).toBe(false);
      const { actors, ties } = await store.load();
      expect(actors.map((actor) => actor.id).sort()).toEqual(["r1", "r3"]);
      expect(ties.map((t) => t.id)).toEqual([tie("r1", "r3").id]);
    });

    it("deletes a single tie", async () => {
      await store.upsertActors([resident("r1"), resident("r2")]);
      await store.upsertTies([tie("r1", "r2")]);
      expect(await store.deleteTie(tie("r1", "r2").id)).toBe(true);
      expect(await store.deleteTie(tie("r1", "r2").id)).toBe(false);
      expect(await store.counts()).toEqual({ actors: 2, ties: 0 });
    });

    it("loads the network as of a year by the model's rule", async () => {
      const network = {
        actors: [resident("a"), resident("b", { since: 2020 }), resident("c", { until: 2019 }), resident("d")],
        ties: [
          tie("a", "b"),
          tie("a", "c"),
          tie("a", "d", { since: 2018, until: 2018 }),
          tie("a", "d", { since: 2020 }),
          tie("b", "d", { until: 2021 }),
        ],
      };
      await store.importNetwork(network);
      for (const year of [2017, 2018, 2019, 2020, 2021, 2022]) {
        const expected = networkAsOf(network, year);
        const loaded = await store.load({ year });
        expect(byId(loaded.actors), `actors in ${year}`).toEqual(byId(expected.actors));
        expect(byId(loaded.ties), `ties in ${year}`).toEqual(byId(expected.ties));
      }
    });

    it("imports a real network whole, and a second import of the same data changes nothing", async () => {
      const network = readFixtureNetwork("s50");
      const first = await store.importNetwork(network);
      expect(first).toEqual({
        actorsCreated: 50,
        actorsUpdated: 0,
        actorsUnchanged: 0,
        tiesCreated: 142,
        tiesUpdated: 0,
        tiesUnchanged: 0,
      });
      const version = await store.version();
      const again = await store.importNetwork(network);
      expect(again).toMatchObject({ actorsCreated: 0, actorsUpdated: 0, actorsUnchanged: 50, tiesUnchanged: 142 });
      expect(await store.version()).toBe(version);
      const loaded = await store.load();
      expect(byId(loaded.actors)).toEqual(byId(network.actors));
      expect(byId(loaded.ties)).toEqual(byId(network.ties));
    });

    it("counts updates on re-import and bumps the version", async () => {
      await store.importNetwork({ actors: [resident("r1"), resident("r2")], ties: [tie("r1", "r2")] });
      const version = await store.version();
      const summary = await store.importNetwork({
        actors: [resident("r1", { name: "Changed" }), resident("r3")],
        ties: [tie("r1", "r2", { weight: 2 })],
      });
      expect(summary).toEqual({
        actorsCreated: 1,
        actorsUpdated: 1,
        actorsUnchanged: 0,
        tiesCreated: 0,
        tiesUpdated: 1,
        tiesUnchanged: 0,
      });
      expect(await store.version()).toBeGreaterThan(version);
    });

    it("refuses an invalid import whole and leaves what was stored", async () => {
      await store.importNetwork({ actors: [resident("r1"), resident("r2")], ties: [tie("r1", "r2")] });
      const before = await store.load();
      const version = await store.version();
      const bad = {
        actors: [resident("r1", { name: "Changed" }), resident("r3")],
        ties: [tie("r1", "r3"), tie("r3", "ghost")],
      };
      await expect(store.importNetwork(bad)).rejects.toThrow(
        /ties\[1\]\.target: target "ghost" is not a known actor id/,
      );
      expect(await store.load()).toEqual(before);
      expect(await store.version()).toBe(version);
    });

    it("lets imported ties point at actors already stored", async () => {
      await store.importNetwork({ actors: [resident("r1")], ties: [] });
      await store.importNetwork({ actors: [resident("r2")], ties: [tie("r1", "r2")] });
      expect(await store.counts()).toEqual({ actors: 2, ties: 1 });
    });

    it("imports two ties whose ends differ only in where a ':' falls as two ties", async () => {
      const actors = ["a:b", "c", "a", "b:c"].map((id) => resident(id));
      const first = tie("a:b", "c", { since: 2020 });
      const second = tie("a", "b:c", { since: 2020, note: "the other one" });
      await store.importNetwork({ actors, ties: [first] });
      const summary = await store.importNetwork({ actors, ties: [second] });
      expect(summary).toMatchObject({ tiesCreated: 1, tiesUpdated: 0 });
      expect(byId((await store.load()).ties)).toEqual(byId([first, second]));
      expect(await store.getTie(first.id)).toEqual(first);
    });

    it("finds a stored tie by the id an import gives it, whichever actors the stored tie joins", async () => {
      // The data gave the stored tie the id that tieId gives two actors this import creates.
      const stored = tie("r1", "r2", { id: tieId("knows", "r3", "r4") });
      await store.importNetwork({ actors: [resident("r1"), resident("r2")], ties: [stored] });
      const moved = tie("r3", "r4");
      const summary = await store.importNetwork({ actors: [resident("r3"), resident("r4")], ties: [moved] });
      expect(summary).toMatchObject({ actorsCreated: 2, tiesCreated: 0, tiesUpdated: 1 });
      expect((await store.load()).ties).toEqual([moved]);
      expect(await store.counts()).toEqual({ actors: 4, ties: 1 });
    });

    it("replaces a stored tie of another type that holds the id an imported tie gives", async () => {
      const actors = [resident("r1"), resident("g1", { kind: "group" })];
      const stored = tie("r1", "g1", { type: "member_of", id: tieId("leads", "r1", "g1") });
      await store.importNetwork({ actors, ties: [stored] });
      const leads = tie("r1", "g1", { type: "leads" });
      const summary = await store.importNetwork({ actors: [], ties: [leads] });
      expect(summary).toMatchObject({ tiesCreated: 0, tiesUpdated: 1 });
      expect((await store.load()).ties).toEqual([leads]);
    });

    it("keeps ids and text that look like queries as plain data", async () => {
      const hostile = resident("x') DETACH DELETE n //", { name: "'; DROP TABLE actors; --", notes: "{id: 1}" });
      await store.upsertActors([hostile, resident("r1")]);
      expect(await store.getActor(hostile.id)).toEqual(hostile);
      expect(await store.counts()).toEqual({ actors: 2, ties: 0 });
    });

    it("increases the version with every committed write only", async () => {
      const v0 = await store.version();
      await store.upsertActors([resident("r1"), resident("r2")]);
      const v1 = await store.version();
      expect(v1).toBeGreaterThan(v0);
      await store.load();
      await store.counts();
      expect(await store.version()).toBe(v1);
      await store.upsertTies([tie("r1", "r2")]);
      expect(await store.version()).toBeGreaterThan(v1);
    });
  });
}
