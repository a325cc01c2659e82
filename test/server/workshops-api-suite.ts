import { existsSync, readFileSync } from "node:fs";
import type { LightMyRequestResponse } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { type Actor, tieId } from "../../src/model/index.js";
import { ChangeBus, type ChangeEvent } from "../../src/server/events.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { JOIN_CODE_ALPHABET } from "../../src/store/workshops/join-code.js";
import { WORKSHOPS_FILE, WorkshopStore } from "../../src/store/workshops/workshop-store.js";
import { resident } from "../store/contract.js";
import { group, seed } from "./fixtures.js";
import { errorCode, type OpenStore, scratchDir, startTestApp } from "./harness.js";
import { useRoleApp } from "./role-app.js";

const OPENED = new Date("2026-03-12T18:00:00Z");
const HOUR = 3600_000;
const place = (id: string): Actor => resident(id, { kind: "place", name: `Place ${id}` });

/** The seed (r1 and r2 without consent, g1, i1) plus a group, a place and a resident who consented. */
async function fill(store: GraphStore): Promise<void> {
  await seed(store);
  await store.upsertActors([group("g2"), place("p1"), resident("r3", { consent: { given: true } })]);
}

interface Phone {
  readonly code: string;
  readonly participantId: string;
  readonly headers: Record<string, string>;
}

/** Workshops and participants over one store adapter, with viewer, editor and admin accounts. */
export function describeWorkshopApiSuite(name: string, open: OpenStore): void {
  describe(`Workshops API on ${name}`, () => {
    const scratch = scratchDir("weave-workshops-");
    let now = OPENED;
    let workshops: WorkshopStore;
    let bus: ChangeBus;
    let count = 0;
    const api = useRoleApp(open, fill, () => {
      now = OPENED;
      workshops = new WorkshopStore(`${scratch.dir}/${++count}-${WORKSHOPS_FILE}`, { now: () => now });
      bus = new ChangeBus();
      return { workshops, bus };
    });
    afterEach(() => workshops.close());

    const ok = (response: LightMyRequestResponse, status = 200) => {
      expect(response.statusCode, response.body).toBe(status);
      return status === 204 ? undefined : response.json();
    };
    const openWorkshop = async (title = "Neighbours' evening") =>
      ok(await api.request("editor", "POST", "/api/workshops", { title, date: "2026-03-12" }), 201).workshop as {
        id: string;
        code: string;
      };
    const join = async (code: string, address = "10.0.0.1"): Promise<Phone> => {
      const response = await api.t.app.inject({ method: "POST", url: `/api/join/${code}`, remoteAddress: address });
      const body = ok(response, 201);
      const cookie = response.cookies.find((c) => c.name === "weave_participant");
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });
      return {
        code,
        participantId: body.participantId,
        headers: { cookie: `weave_participant=${cookie?.value}`, "x-csrf-token": body.csrfToken },
      };
    };
    const phone = (who: Phone, method: string, path: string, payload?: object, code = who.code) =>
      api.t.app.inject({
        method: method as "GET",
        url: `/api/join/${code}${path}`,
        headers: who.headers,
        ...(payload === undefined ? {} : { payload }),
      });
    const addSelf = async (who: Phone, body: object) => ok(await phone(who, "PUT", "/me", body)).actor as Actor;
    const detail = async (id: string) => ok(await api.request("editor", "GET", `/api/workshops/${id}`));

    it("opens with a 6-character code for 12 hours, lists newest first, and closes", async () => {
      const first = await openWorkshop("First");
      now = new Date(OPENED.getTime() + HOUR);
      const second = await openWorkshop("Second");
      expect(second.code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
      expect(ok(await api.request("editor", "GET", `/api/workshops/${second.id}`)).workshop).toMatchObject({
        title: "Second",
        date: "2026-03-12",
        status: "open",
        openedAt: "2026-03-12T19:00:00.000Z",
        expiresAt: "2026-03-13T07:00:00.000Z",
        joinPath: `/join/${second.code}`,
        participants: 0,
        added: { actors: 0, ties: 0 },
      });
      const all = ok(await api.request("editor", "GET", "/api/workshops")).workshops as { title: string }[];
      expect(all.map((workshop) => workshop.title)).toEqual(["Second", "First"]);

      const closed = ok(await api.request("editor", "POST", `/api/workshops/${first.id}/close`)).workshop;
      expect(closed).toMatchObject({ status: "closed", closedAt: "2026-03-12T19:00:00.000Z" });
      const open = ok(await api.request("editor", "GET", "/api/workshops?status=open")).workshops as { id: string }[];
      expect(open.map((workshop) => workshop.id)).toEqual([second.id]);
      const refused = await api.t.app.inject({ method: "POST", url: `/api/join/${first.code}` });
      expect([refused.statusCode, errorCode(refused)]).toEqual([410, "workshop_closed"]);
      expect(errorCode(await api.t.app.inject({ method: "GET", url: `/api/join/${first.code}` }))).toBe(
        "workshop_closed",
      );
    });

    it("refuses a bad title or date, and a viewer", async () => {
      const bad = await api.request("editor", "POST", "/api/workshops", { title: "a\u001bb", date: "2026-02-30" });
      expect(bad.statusCode).toBe(400);
      expect((bad.json().error.issues as { field: string }[]).map((issue) => issue.field).sort()).toEqual([
        "date",
        "title",
      ]);
      const viewer = await api.request("viewer", "POST", "/api/workshops", { title: "x", date: "2026-03-12" });
      expect(viewer.statusCode).toBe(403);
    });

    it("expires 12 hours after opening: the code and the participants' cookies stop working", async () => {
      const workshop = await openWorkshop();
      const jan = await join(workshop.code.toLowerCase());
      now = new Date(OPENED.getTime() + 12 * HOUR - 1);
      ok(await phone(jan, "GET", "/me"));
      now = new Date(OPENED.getTime() + 12 * HOUR);
      const lookup = await api.t.app.inject({ method: "GET", url: `/api/join/${workshop.code}` });
      expect([lookup.statusCode, errorCode(lookup)]).toEqual([410, "workshop_expired"]);
      const me = await phone(jan, "GET", "/me");
      expect([me.statusCode, errorCode(me)]).toEqual([410, "workshop_expired"]);
      expect((await detail(workshop.id)).workshop.status).toBe("expired");
    });

    it("lets participants add themselves, their groups, places and each other, seen by every screen", async () => {
      const seen: ChangeEvent[] = [];
      bus.subscribe((event) => seen.push(event));
      const workshop = await openWorkshop();
      const info = ok(await api.t.app.inject({ method: "GET", url: `/api/join/${workshop.code.toLowerCase()}` }));
      expect(info).toEqual({ workshop: { title: "Neighbours' evening", date: "2026-03-12", status: "open" } });
      const jan = await join(workshop.code);
      const ann = await join(workshop.code);
      expect(ok(await phone(jan, "GET", "/me"))).toEqual({
        participantId: jan.participantId,
        groups: [],
        places: [],
        knows: [],
      });
      const early = await phone(jan, "PUT", "/me/links", { groups: ["g1"], places: [], knows: [] });
      expect([early.statusCode, errorCode(early)]).toEqual([409, "participant_not_added"]);

      const janActor = await addSelf(jan, {
        name: " Jan ",
        area: "Oosthoek",
        gifts: ["Cooking ", "cooking"],
        interests: ["chess"],
        consent: false,
      });
      expect(janActor).toMatchObject({ name: "Jan", area: "Oosthoek", gifts: ["cooking"], consent: false });
      // A double tap makes one resident, not two.
      const [annActor, tappedTwice] = await Promise.all([
        addSelf(ann, { name: "Ann", consent: true }),
        addSelf(ann, { name: "Ann", consent: true }),
      ]);
      expect(tappedTwice.id).toBe(annActor.id);
      expect(seen.filter((event) => event.type === "actor.created")).toHaveLength(2);

      const choices = ok(await phone(jan, "GET", "/choices"));
      expect(choices.groups).toEqual([
        { id: "g1", name: "Group g1" },
        { id: "g2", name: "Group g2" },
      ]);
      expect(choices.places).toEqual([{ id: "p1", name: "Place p1" }]);
      expect(choices.participants).toEqual([{ participantId: ann.participantId, name: "Ann", number: 2 }]);
      expect(ok(await phone(ann, "GET", "/choices")).participants).toEqual([
        { participantId: jan.participantId, name: null, number: 1 },
      ]);

      const links = { groups: ["g1", "g2"], places: ["p1"], knows: [ann.participantId] };
      expect(ok(await phone(jan, "PUT", "/me/links", links))).toEqual({
        participantId: jan.participantId,
        actor: { ...janActor },
        ...links,
      });
      const knows = tieId("knows", janActor.id, annActor.id);
      expect(ok(await phone(ann, "GET", "/me")).knows).toEqual([jan.participantId]);
      const graph = ok(await api.request("admin", "GET", "/api/graph")) as { ties: { id: string }[] };
      expect(graph.ties.map((tie) => tie.id)).toEqual(
        expect.arrayContaining([tieId("member_of", janActor.id, "g1"), tieId("visits", janActor.id, "p1"), knows]),
      );
      expect(seen.filter((event) => event.type === "tie.created")).toHaveLength(4);
      expect(seen.some((event) => event.type === "workshop.changed" && event.id === workshop.id)).toBe(true);

      const review = await detail(workshop.id);
      expect(review.workshop).toMatchObject({ participants: 2, added: { actors: 2, ties: 4 } });
      expect(review.entries).toEqual([
        {
          participantId: jan.participantId,
          joinedAt: OPENED.toISOString(),
          actorId: janActor.id,
          actorName: expect.not.stringMatching(/^Jan$/),
          ties: expect.arrayContaining([knows, tieId("member_of", janActor.id, "g2")]),
        },
        {
          participantId: ann.participantId,
          joinedAt: OPENED.toISOString(),
          actorId: annActor.id,
          actorName: "Ann",
          ties: [],
        },
      ]);

      // Leaving g2 out takes back only that tie.
      const fewer = ok(await phone(jan, "PUT", "/me/links", { ...links, groups: ["g1"] }));
      expect(fewer.groups).toEqual(["g1"]);
      expect(await api.store.getTie(tieId("member_of", janActor.id, "g2"))).toBeUndefined();
      expect((await detail(workshop.id)).workshop.added).toEqual({ actors: 2, ties: 3 });
    });

    it("shows participants the map as the projector does: names only with consent, no other field", async () => {
      const workshop = await openWorkshop();
      const jan = await join(workshop.code);
      const janActor = await addSelf(jan, { name: "Jan", consent: false });
      const map = ok(await phone(jan, "GET", "/map")) as {
        nodes: { id: string; kind: string; label: string | null }[];
        edges: { source: string; target: string; type: string }[];
      };
      expect(map.nodes).toHaveLength(8);
      for (const node of map.nodes) expect(Object.keys(node).sort()).toEqual(["id", "kind", "label"]);
      const byLabel = new Map(map.nodes.map((node) => [node.label, node]));
      expect(byLabel.get("Resident r3")).toEqual({ id: "r3", kind: "resident", label: "Resident r3" });
      expect(byLabel.get("Group g1")).toEqual({ id: "g1", kind: "group", label: "Group g1" });
      const hidden = map.nodes.filter((node) => node.label === null);
      // r1, r2 (no consent) under opaque ids; Jan keeps his own id but no label.
      expect(hidden.map((node) => node.id).filter((id) => id !== janActor.id)).toEqual([
        expect.stringMatching(/^hidden-/),
        expect.stringMatching(/^hidden-/),
      ]);
      expect(hidden.map((node) => node.id)).toContain(janActor.id);
      expect(JSON.stringify(map)).not.toMatch(/"r1"|"r2"|Resident r1|Resident r2|gardening/);
      expect(map.edges).toContainEqual({ source: expect.stringMatching(/^hidden-/), target: "g1", type: "member_of" });
    });

    it("keeps participants to their own entries and their own workshop", async () => {
      const workshop = await openWorkshop();
      const other = await openWorkshop("Another evening");
      const jan = await join(workshop.code);
      const ann = await join(workshop.code);
      const janActor = await addSelf(jan, { name: "Jan", consent: true });
      const annActor = await addSelf(ann, { name: "Ann", consent: true });
      ok(await phone(ann, "PUT", "/me/links", { groups: [], places: [], knows: [jan.participantId] }));
      const knows = tieId("knows", janActor.id, annActor.id);

      // Jan lists nobody: the tie Ann made stays; his own actor is all PUT …/me changes.
      const mine = ok(await phone(jan, "PUT", "/me/links", { groups: [], places: [], knows: [] }));
      expect(mine.knows).toEqual([ann.participantId]);
      expect(await api.store.getTie(knows)).toBeDefined();
      ok(await phone(jan, "PUT", "/me", { name: "Jan B", consent: true }));
      expect((await api.store.getActor(annActor.id))?.name).toBe("Ann");

      // Links only to stored groups and places, and to fellow participants.
      const wrong = await phone(jan, "PUT", "/me/links", {
        groups: ["r1"],
        places: ["g1"],
        knows: [janActor.id, jan.participantId],
      });
      expect(wrong.statusCode).toBe(400);
      expect((wrong.json().error.issues as { field: string }[]).map((issue) => issue.field)).toEqual([
        "groups[0]",
        "places[0]",
        "knows[0]",
        "knows[1]",
      ]);

      const forbidden = await phone(jan, "GET", "/me", undefined, other.code);
      expect([forbidden.statusCode, errorCode(forbidden)]).toEqual([403, "participant_forbidden"]);
      const unknown = await phone(jan, "GET", "/me", undefined, "ZZZZZZ");
      expect([unknown.statusCode, errorCode(unknown)]).toEqual([404, "workshop_not_found"]);
      const noCsrf = await api.t.app.inject({
        method: "PUT",
        url: `/api/join/${jan.code}/me`,
        headers: { cookie: jan.headers.cookie as string },
        payload: { name: "Mallory", consent: true },
      });
      expect([noCsrf.statusCode, errorCode(noCsrf)]).toEqual([403, "csrf_token_invalid"]);
      const tooLong = await phone(jan, "PUT", "/me", { name: "x".repeat(201), consent: true, role: "admin" });
      expect(tooLong.statusCode).toBe(400);
      const control = await phone(jan, "PUT", "/me", { name: "Jan\u0007", consent: true });
      expect(control.statusCode).toBe(400);
      const nobody = await api.t.app.inject({ method: "GET", url: `/api/join/${jan.code}/me` });
      expect(nobody.statusCode).toBe(401);

      ok(await api.request("editor", "POST", `/api/workshops/${workshop.id}/close`));
      const closed = await phone(jan, "PUT", "/me", { name: "Jan", consent: true });
      expect([closed.statusCode, errorCode(closed)]).toEqual([410, "workshop_closed"]);
    });

    it("gives a participant's cookie alone no other route: every GET of the API document answers 401", async () => {
      const workshop = await openWorkshop();
      const jan = await join(workshop.code);
      await addSelf(jan, { name: "Jan", consent: true });
      const document = ok(await api.t.app.inject({ method: "GET", url: "/api/openapi.json" })) as {
        paths: Record<string, Record<string, unknown>>;
      };
      const routes = Object.entries(document.paths)
        .filter(([, methods]) => "get" in methods)
        .map(([path]) => path.replace(/\{[^}]+\}/g, (parameter) => (parameter === "{code}" ? jan.code : "r1")))
        .filter((path) => !path.startsWith("/api/join/"));
      expect(routes).toEqual(expect.arrayContaining(["/api/graph", "/api/actors/r1", "/api/workshops", "/api/events"]));
      const open = ["/api/health", "/api/session", "/api/ready"];
      for (const path of routes.filter((route) => !open.includes(route))) {
        const response = await api.t.app.inject({ method: "GET", url: path, headers: jan.headers });
        expect([path, response.statusCode]).toEqual([path, 401]);
      }
      const write = await api.t.app.inject({
        method: "POST",
        url: "/api/actors",
        headers: jan.headers,
        payload: { name: "x", kind: "resident" },
      });
      expect(write.statusCode).toBe(401);
    });

    it("limits joining per address and per code, and writes per participant (429)", async () => {
      const workshop = await openWorkshop();
      for (let i = 0; i < 30; i++) await join(workshop.code, "10.0.1.1");
      const perAddress = await api.t.app.inject({
        method: "POST",
        url: `/api/join/${workshop.code}`,
        remoteAddress: "10.0.1.1",
      });
      expect([perAddress.statusCode, errorCode(perAddress)]).toEqual([429, "rate_limited"]);
      expect(perAddress.headers["retry-after"]).toBeDefined();
      for (let i = 0; i < 70; i++) await join(workshop.code, `10.0.2.${i}`);
      const perCode = await api.t.app.inject({
        method: "POST",
        url: `/api/join/${workshop.code}`,
        remoteAddress: "10.0.3.1",
      });
      expect([perCode.statusCode, errorCode(perCode)]).toEqual([429, "rate_limited"]);
      const elsewhere = await openWorkshop("Elsewhere");
      const jan = await join(elsewhere.code, "10.0.3.1");
      for (let i = 0; i < 30; i++) await addSelf(jan, { name: `Jan ${i}`, consent: true });
      const write = await phone(jan, "PUT", "/me", { name: "Jan", consent: true });
      expect([write.statusCode, errorCode(write)]).toEqual([429, "rate_limited"]);
    });

    it("merges a participant into an existing actor, keeping every tie, and the entry points at it", async () => {
      const workshop = await openWorkshop();
      const jan = await join(workshop.code);
      const ann = await join(workshop.code);
      const janActor = await addSelf(jan, { name: "Jan", consent: true });
      const annActor = await addSelf(ann, { name: "Ann", consent: true });
      // r1 is in g1 already (the seed): that tie would be a duplicate and is dropped.
      ok(await phone(jan, "PUT", "/me/links", { groups: ["g1", "g2"], places: ["p1"], knows: [ann.participantId] }));

      const notAdded = await api.request("editor", "POST", `/api/workshops/${workshop.id}/merge`, {
        actorId: "r2",
        into: "r1",
      });
      expect([notAdded.statusCode, errorCode(notAdded)]).toEqual([404, "entry_not_found"]);
      const intoNothing = await api.request("editor", "POST", `/api/workshops/${workshop.id}/merge`, {
        actorId: janActor.id,
        into: "nobody",
      });
      expect(intoNothing.statusCode).toBe(404);
      expect(await api.store.getActor(janActor.id)).toBeDefined();

      // A follow-up about the participant's actor goes with it (deleted, not moved to r1).
      const followUp = ok(await api.request("editor", "POST", "/api/follow-ups", { about: [janActor.id, "r3"] }), 201);
      const merged = ok(
        await api.request("admin", "POST", `/api/workshops/${workshop.id}/merge`, { actorId: janActor.id, into: "r1" }),
      );
      expect(merged).toMatchObject({ actor: { id: "r1" }, tiesMoved: 3 });
      expect(await api.store.getActor(janActor.id)).toBeUndefined();
      expect(await api.store.getFollowUp(followUp.id)).toBeUndefined();
      const ties = (await api.store.load()).ties.map((tie) => tie.id).sort();
      expect(ties).toEqual(
        [
          tieId("knows", "r1", "r2"),
          tieId("member_of", "r1", "g1"),
          tieId("member_of", "r1", "g2"),
          tieId("visits", "r1", "p1"),
          tieId("knows", "r1", annActor.id),
        ].sort(),
      );
      const entry = (await detail(workshop.id)).entries[0];
      expect(entry).toMatchObject({ participantId: jan.participantId, actorId: "r1" });
      expect(entry.ties.sort()).toEqual(
        [tieId("member_of", "r1", "g2"), tieId("visits", "r1", "p1"), tieId("knows", "r1", annActor.id)].sort(),
      );
      // Jan no longer sees or changes r1.
      expect(ok(await phone(jan, "GET", "/me")).actor).toBeUndefined();
      const again = await phone(jan, "PUT", "/me", { name: "Jan", consent: true });
      expect([again.statusCode, errorCode(again)]).toEqual([409, "participant_merged"]);
      expect((await api.store.getActor("r1"))?.name).toBe("Resident r1");
    });

    it("counts what anyone adds while it is open and is still stored", async () => {
      const workshop = await openWorkshop();
      ok(await api.request("editor", "POST", "/api/actors", { id: "r9", name: "Nine", kind: "resident" }), 201);
      ok(await api.request("editor", "POST", "/api/ties", { source: "r9", target: "g1", type: "member_of" }), 201);
      expect((await detail(workshop.id)).workshop.added).toEqual({ actors: 1, ties: 1 });
      ok(await api.request("editor", "DELETE", `/api/ties/${encodeURIComponent(tieId("member_of", "r9", "g1"))}`), 204);
      expect((await detail(workshop.id)).workshop.added).toEqual({ actors: 1, ties: 0 });
      ok(await api.request("editor", "POST", `/api/workshops/${workshop.id}/close`));
      ok(await api.request("editor", "POST", "/api/actors", { id: "r10", name: "Ten", kind: "resident" }), 201);
      expect((await detail(workshop.id)).workshop.added).toEqual({ actors: 1, ties: 0 });
    });

    it("erasing a participant's actor removes their entries, leaving no bytes of the id", async () => {
      const workshop = await openWorkshop();
      const jan = await join(workshop.code);
      const janActor = await addSelf(jan, { name: "Jan", consent: true });
      ok(await phone(jan, "PUT", "/me/links", { groups: ["g1"], places: [], knows: [] }));
      const janTie = tieId("member_of", janActor.id, "g1");
      expect((await detail(workshop.id)).entries[0].ties).toEqual([janTie]);
      ok(await api.request("admin", "DELETE", `/api/actors/${janActor.id}`), 204);
      const entry = (await detail(workshop.id)).entries[0];
      expect(entry).toEqual({ participantId: jan.participantId, joinedAt: OPENED.toISOString(), ties: [] });
      expect(workshops.items(workshop.id)).toEqual([]);
      for (const file of [workshops.path, `${workshops.path}-wal`]) {
        if (existsSync(file)) expect(readFileSync(file).includes(janActor.id)).toBe(false);
      }
    });

    it("in a read-only data folder: reads work, writes answer 503 storage_read_only", async () => {
      const workshop = await openWorkshop();
      await join(workshop.code);
      workshops.close();
      workshops = new WorkshopStore(workshops.path, { now: () => now, readOnly: true });
      await api.t.close();
      const readOnly = await startTestApp(api.store, { accounts: api.t.accounts, workshops });
      try {
        const as = (headers: Record<string, string>) => ({ headers });
        const editor = api.credentials.get("editor");
        const editorHeaders = { cookie: editor?.cookie ?? "", "x-csrf-token": editor?.csrf ?? "" };
        const listed = await readOnly.app.inject({ method: "GET", url: "/api/workshops", ...as(editorHeaders) });
        expect(listed.json().workshops[0]).toMatchObject({ id: workshop.id, participants: 1 });
        const info = await readOnly.app.inject({ method: "GET", url: `/api/join/${workshop.code}` });
        expect(info.statusCode).toBe(200);
        const joining = await readOnly.app.inject({ method: "POST", url: `/api/join/${workshop.code}` });
        expect([joining.statusCode, errorCode(joining)]).toEqual([503, "storage_read_only"]);
        const opening = await readOnly.app.inject({
          method: "POST",
          url: "/api/workshops",
          payload: { title: "x", date: "2026-03-12" },
          ...as(editorHeaders),
        });
        expect([opening.statusCode, errorCode(opening)]).toEqual([503, "storage_read_only"]);
      } finally {
        await readOnly.app.close();
      }
    });
  });
}
