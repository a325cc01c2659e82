import type { LightMyRequestResponse } from "fastify";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_FORMATS } from "../../src/io/index.js";
import type { Actor, Network } from "../../src/model/index.js";
import { analyseForApi } from "../../src/server/analysis/analyse-for-api.js";
import { loadSampleIntoNewStore, SAMPLE_DIR } from "../../src/server/sample.js";
import { AccountStore } from "../../src/store/accounts/account-store.js";
import type { Role } from "../../src/store/accounts/roles.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import {
  addRoleAccounts,
  type Credentials,
  errorCode,
  headersOf,
  login,
  startTestApp,
  type TestApp,
} from "./harness.js";
import { collectEvents } from "./sse-client.js";

export interface PrivacyStore {
  readonly store: GraphStore;
  /** Where the accounts (and, for SQLite, the database) live: the installation's data folder. */
  readonly dataDir: string;
}

/** Where an erased name could still be read: files of the data folder, nodes or properties. */
export type FindTraces = (text: string) => Promise<string[]>;

const isResident = (actor: Actor) => actor.kind === "resident";
const consented = (actor: Actor) => actor.consent?.given === true;

/** Every text answer of a response: a csv export is a zip of two files. */
function textOf(response: LightMyRequestResponse): string {
  if (response.headers["content-type"] === "application/zip") {
    return Object.values(unzipSync(response.rawPayload))
      .map((bytes) => strFromU8(bytes))
      .join("\n");
  }
  return response.body;
}

function leaked(text: string, names: readonly string[]): string[] {
  return names.filter((name) => text.includes(name));
}

/**
 * Consent and erasure over one store adapter, on the sample neighbourhood (64 of its 250 residents
 * have not said yes): what viewers, editors and admins receive from every route, and what an
 * erasure leaves behind. `open` gives an empty store in a fresh data folder; `traces` searches it.
 */
export function describePrivacySuite(name: string, open: () => Promise<PrivacyStore>, traces: FindTraces): void {
  describe(`consent and erasure on ${name}`, () => {
    let opened: PrivacyStore;
    let accounts: AccountStore;
    let t: TestApp;
    let sample: Network;
    let hidden: Actor[];
    let hiddenNames: string[];
    const as = new Map<Role, Credentials>();
    const get = (role: Role, url: string) => t.app.inject({ method: "GET", url, headers: headersOf(as.get(role)) });

    beforeAll(async () => {
      opened = await open();
      await loadSampleIntoNewStore(opened.store, SAMPLE_DIR);
      sample = await opened.store.load();
      hidden = sample.actors.filter((actor) => isResident(actor) && !consented(actor));
      hiddenNames = hidden.map((actor) => actor.name);
      accounts = AccountStore.inDataDir(opened.dataDir);
      await addRoleAccounts(accounts);
      t = await startTestApp(opened.store, { accounts, analyse: analyseForApi, heartbeatMs: 60_000 });
      for (const role of ["viewer", "editor", "admin"] as const) as.set(role, await login(t.app, role));
    });
    afterAll(async () => {
      await t.close();
      accounts.close();
      await opened.store.close();
    });

    it("the sample holds residents who have not said yes, some with notes", () => {
      expect(hidden.length).toBe(64);
      expect(hidden.filter((actor) => actor.notes !== undefined).length).toBeGreaterThan(0);
    });

    it("a viewer and an editor never receive a non-consenting resident's name, notes or custom fields", async () => {
      const hiddenTies = sample.ties.filter((tie) =>
        hidden.some((actor) => actor.id === tie.source || actor.id === tie.target),
      );
      const urls = [
        "/api/graph",
        "/api/graph?year=2022",
        "/api/analysis",
        "/api/analysis?year=2022&weighted=true",
        ...EXPORT_FORMATS.map((format) => `/api/export?format=${format}`),
        ...hidden.map((actor) => `/api/actors/${encodeURIComponent(actor.id)}`),
        ...hiddenTies.slice(0, 20).map((tie) => `/api/ties/${encodeURIComponent(tie.id)}`),
      ];
      const notes = hidden.flatMap((actor) => (actor.notes === undefined ? [] : [actor.notes]));
      for (const role of ["viewer", "editor"] as const) {
        for (const url of urls) {
          const response = await get(role, url);
          expect(response.statusCode, `${role} ${url}`).toBe(200);
          expect(leaked(textOf(response), hiddenNames), `${role} ${url}`).toEqual([]);
          if (url.startsWith("/api/actors/")) {
            const actor = response.json() as Actor;
            expect(actor.notes).toBeUndefined();
            expect(actor.consent).toBeUndefined();
            expect(actor.custom).toEqual({});
          }
        }
        const graph = (await get(role, "/api/graph")).json() as Network;
        const anyNote = graph.actors.filter((actor) => notes.includes(actor.notes ?? "\u0000"));
        expect(anyNote.filter((actor) => hidden.some((h) => h.id === actor.id))).toEqual([]);
      }
    });

    it("the follow-ups CSV names a non-consenting resident by pseudonym below admin", async () => {
      const [about] = hidden;
      if (about === undefined) throw new Error("the sample has no hidden resident");
      const created = await t.app.inject({
        method: "POST",
        url: "/api/follow-ups",
        headers: headersOf(as.get("editor")),
        payload: { about: [about.id], status: "to_contact" },
      });
      expect(created.statusCode).toBe(201);
      for (const role of ["viewer", "editor"] as const) {
        const csv = await get(role, "/api/follow-ups.csv");
        expect(csv.statusCode).toBe(200);
        expect(leaked(csv.body, [about.name]), role).toEqual([]);
      }
      expect((await get("admin", "/api/follow-ups.csv")).body).toContain(about.name);
    });

    it("a pseudonym is the same in every route, unique, and readable aloud", async () => {
      const graph = (await get("viewer", "/api/graph")).json() as Network;
      const analysis = (await get("viewer", "/api/analysis")).json() as { actors: { id: string; name: string }[] };
      const names = new Map(graph.actors.map((actor) => [actor.id, actor.name]));
      for (const actor of hidden) {
        const pseudonym = names.get(actor.id);
        expect(pseudonym).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+( \d+)?$/);
        expect(analysis.actors.find((a) => a.id === actor.id)?.name).toBe(pseudonym);
        expect((await get("editor", `/api/actors/${actor.id}`)).json().name).toBe(pseudonym);
      }
      expect(new Set(names.values()).size).toBe(graph.actors.length);
      // Residents who said yes keep their names.
      const named = sample.actors.find((actor) => isResident(actor) && consented(actor));
      expect(names.get(named?.id ?? "")).toBe(named?.name);
    });

    it("an admin sees every name, note and consent record", async () => {
      const graph = (await get("admin", "/api/graph")).json() as Network;
      expect(leaked(JSON.stringify(graph), hiddenNames)).toEqual(hiddenNames);
      const withNotes = hidden.find((actor) => actor.notes !== undefined) as Actor;
      const actor = (await get("admin", `/api/actors/${withNotes.id}`)).json() as Actor;
      expect(actor).toEqual(withNotes);
      const analysis = await get("admin", "/api/analysis");
      expect(leaked(analysis.body, hiddenNames)).toEqual(hiddenNames);
    });

    it("the analysis cache never answers one role with another's view", async () => {
      const admin = await get("admin", "/api/analysis");
      const viewer = await get("viewer", "/api/analysis");
      expect(admin.headers.etag).not.toBe(viewer.headers.etag);
      expect(String(viewer.headers.vary)).toMatch(/cookie/i);
      const adminEtag = String(admin.headers.etag);
      const revalidated = await t.app.inject({
        method: "GET",
        url: "/api/analysis",
        headers: { ...headersOf(as.get("viewer")), "if-none-match": adminEtag },
      });
      expect(revalidated.statusCode).toBe(200);
      expect(leaked(revalidated.body, hiddenNames)).toEqual([]);
      const own = await t.app.inject({
        method: "GET",
        url: "/api/analysis",
        headers: { ...headersOf(as.get("viewer")), "if-none-match": String(viewer.headers.etag) },
      });
      expect(own.statusCode).toBe(304);
    });

    it("pseudonymised exports hold no resident's real name or notes, for anyone, in every format", async () => {
      const residents = sample.actors.filter(isResident);
      const notes = residents.flatMap((actor) => (actor.notes === undefined ? [] : [actor.notes]));
      for (const role of ["viewer", "admin"] as const) {
        for (const format of EXPORT_FORMATS) {
          const response = await get(role, `/api/export?format=${format}&pseudonymise=true`);
          expect(response.statusCode).toBe(200);
          const text = textOf(response);
          expect(
            leaked(
              text,
              residents.map((actor) => actor.name),
            ),
            `${role} ${format}`,
          ).toEqual([]);
          expect(leaked(text, notes), `${role} ${format}`).toEqual([]);
          expect(text).not.toContain("household_size");
          // Groups, institutions and places keep their names: the map stays readable.
          expect(text).toContain(sample.actors.find((actor) => actor.kind === "group")?.name);
        }
      }
    });

    it("only an admin records consent; then viewers see the name", async () => {
      const [person] = hidden.filter((actor) => actor.consent?.given === false);
      if (person === undefined) throw new Error("the sample has a resident who said no");
      const url = `/api/actors/${person.id}`;
      const consent = { given: true, date: "2026-11-30" };
      for (const role of ["viewer", "editor"] as const) {
        const response = await t.app.inject({
          method: "PATCH",
          url,
          headers: headersOf(as.get(role)),
          payload: { consent },
        });
        expect(response.statusCode, role).toBe(403);
        expect(errorCode(response)).toBe("forbidden");
      }
      const created = await t.app.inject({
        method: "POST",
        url: "/api/actors",
        headers: headersOf(as.get("editor")),
        payload: { name: "Someone New", kind: "resident", consent },
      });
      expect(created.statusCode).toBe(403);
      expect((await get("viewer", url)).json().name).not.toBe(person.name);

      const recorded = await t.app.inject({
        method: "PATCH",
        url,
        headers: headersOf(as.get("admin")),
        payload: { consent },
      });
      expect(recorded.statusCode).toBe(200);
      expect(recorded.json().consent).toEqual(consent);
      expect((await get("viewer", url)).json().name).toBe(person.name);
      expect((await get("viewer", url)).json().consent).toBeUndefined();

      const withdrawn = await t.app.inject({
        method: "PATCH",
        url,
        headers: headersOf(as.get("admin")),
        payload: { consent: { given: false, date: "2026-12-01" } },
      });
      expect(withdrawn.statusCode).toBe(200);
      expect((await get("viewer", url)).json().name).not.toBe(person.name);
      expect(leaked((await get("viewer", "/api/analysis")).body, [person.name])).toEqual([]);
    });

    it("the event stream gives a viewer pseudonyms and an admin names", async () => {
      const [person] = hidden;
      if (person === undefined) throw new Error("no hidden resident");
      const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
      const viewer = await collectEvents(`${address}/api/events`, { cookie: as.get("viewer")?.cookie ?? "" });
      const admin = await collectEvents(`${address}/api/events`, { cookie: as.get("admin")?.cookie ?? "" });
      try {
        await viewer.next("hello");
        await admin.next("hello");
        const editor = headersOf(as.get("editor"));
        await t.app.inject({
          method: "PATCH",
          url: `/api/actors/${person.id}`,
          headers: editor,
          payload: { gifts: [...person.gifts, "listening"] },
        });
        const created = await t.app.inject({
          method: "POST",
          url: "/api/actors",
          headers: editor,
          payload: { id: "r-new", name: "Wilhelmina Testpersoon", kind: "resident", notes: "lives above the bakery" },
        });
        expect(created.json().name).not.toBe("Wilhelmina Testpersoon");
        await t.app.inject({
          method: "POST",
          url: "/api/ties",
          headers: editor,
          payload: { source: "r-new", target: person.id, type: "knows", note: `met ${person.name}` },
        });
        const seen = [await viewer.next("change"), await viewer.next("change"), await viewer.next("change")];
        const text = JSON.stringify(seen);
        expect(leaked(text, [person.name, "Wilhelmina Testpersoon", "lives above the bakery"])).toEqual([]);
        expect((seen[0] as { actor: Actor }).actor.gifts).toContain("listening");
        const adminSeen = [await admin.next("change"), await admin.next("change"), await admin.next("change")];
        expect(leaked(JSON.stringify(adminSeen), [person.name, "Wilhelmina Testpersoon"])).toHaveLength(2);
      } finally {
        viewer.close();
        admin.close();
        await t.app.inject({ method: "DELETE", url: "/api/actors/r-new", headers: headersOf(as.get("admin")) });
      }
    });

    it("an admin's erasure leaves no trace of the person in the store", async () => {
      const person = sample.actors.find((actor) => actor.id === "r072") as Actor;
      expect(person.notes).toContain("repair café");
      expect(await traces(person.name)).not.toEqual([]);
      for (const role of ["viewer", "editor"] as const) {
        const refused = await t.app.inject({
          method: "DELETE",
          url: `/api/actors/${person.id}`,
          headers: headersOf(as.get(role)),
        });
        expect(refused.statusCode, role).toBe(403);
      }
      // Edits leave older copies of the row in the write-ahead log and in freed pages.
      for (const gifts of [["fixing"], ["fixing", "bikes"], ["fixing", "bikes", "radios"]]) {
        await t.app.inject({
          method: "PATCH",
          url: `/api/actors/${person.id}`,
          headers: headersOf(as.get("admin")),
          payload: { gifts },
        });
      }
      expect((await get("admin", "/api/analysis")).body).toContain(person.name);
      const erased = await t.app.inject({
        method: "DELETE",
        url: `/api/actors/${person.id}`,
        headers: headersOf(as.get("admin")),
      });
      expect(erased.statusCode).toBe(204);
      expect(await opened.store.getActor(person.id)).toBeUndefined();
      const left = await opened.store.load();
      expect(left.ties.filter((tie) => tie.source === person.id || tie.target === person.id)).toEqual([]);
      expect(await traces(person.name)).toEqual([]);
      expect(await traces(person.notes as string)).toEqual([]);
      expect((await get("admin", "/api/analysis")).body).not.toContain(person.name);
    });
  });
}
