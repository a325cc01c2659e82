import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { tieId } from "../../src/model/index.js";
import type { Role } from "../../src/store/accounts/roles.js";
import { resident } from "../store/contract.js";
import {
  BAD_NODES_CSV,
  BAD_TIES_CSV,
  multipart,
  NODES_CSV,
  SEED_ACTORS,
  SEED_TIES,
  seed,
  TIES_CSV,
} from "./fixtures.js";
import { type Credentials, countingAnalysis, errorCode, headersOf, type OpenStore } from "./harness.js";
import { useRoleApp, type Who } from "./role-app.js";
import { collectEvents } from "./sse-client.js";

const KNOWS_R1_R2 = tieId("knows", "r1", "r2");

/**
 * Every route of the API over one store adapter. `open` returns an empty, initialised store; the
 * suite seeds it (see fixtures.ts) and logs in as viewer, editor and admin.
 */
export function describeApiSuite(name: string, open: OpenStore): void {
  describe(`Weave API on ${name}`, () => {
    let analysis: ReturnType<typeof countingAnalysis>;
    const api = useRoleApp(open, seed, () => {
      analysis = countingAnalysis();
      return { analyse: analysis.analyse, heartbeatMs: 50 };
    });
    const { request, credentials } = api;
    const as = (who: Who) => headersOf(who === "anonymous" ? undefined : credentials.get(who));

    describe("health and graph", () => {
      it("reports the store and its version, to anyone", async () => {
        const response = await request("anonymous", "GET", "/api/health");
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual({ status: "ok", store: api.store.kind, version: await api.store.version() });
      });

      it("serves every actor and tie", async () => {
        const response = await request("viewer", "GET", "/api/graph");
        expect(response.statusCode).toBe(200);
        const graph = response.json();
        expect(graph.actors.map((a: { id: string }) => a.id).sort()).toEqual(SEED_ACTORS.map((a) => a.id).sort());
        expect(graph.ties).toHaveLength(SEED_TIES.length);
        expect(graph.version).toBe(await api.store.version());
      });

      it("serves the network as of a year", async () => {
        await request("editor", "POST", "/api/actors", { id: "late", name: "Late", kind: "resident", since: 2030 });
        const graph = (await request("viewer", "GET", "/api/graph?year=2025")).json();
        expect(graph.year).toBe(2025);
        expect(graph.actors.map((a: { id: string }) => a.id)).not.toContain("late");
        const later = (await request("viewer", "GET", "/api/graph?year=2030")).json();
        expect(later.actors.map((a: { id: string }) => a.id)).toContain("late");
      });

      it("refuses a year that is not one, and unknown query parameters", async () => {
        for (const query of ["year=abc", "year=1800", "colour=red"]) {
          const response = await request("viewer", "GET", `/api/graph?${query}`);
          expect(response.statusCode, query).toBe(400);
          expect(["invalid_request", "invalid_input"]).toContain(errorCode(response));
        }
      });
    });

    describe("actors", () => {
      it("creates an actor, answers 201 with its location, and serves it", async () => {
        const body = { id: "r9", name: "Noor", kind: "resident", gifts: ["cooking"], custom: { floor: 3 } };
        const created = await request("editor", "POST", "/api/actors", body);
        expect(created.statusCode).toBe(201);
        expect(created.headers.location).toBe("/api/actors/r9");
        const expected = { ...body, interests: [] };
        // Noor has not given consent: below admin she is a pseudonym without custom fields.
        const pseudonymised = { ...expected, name: expect.not.stringContaining("Noor"), custom: {} };
        // The adder also gets the token that lets them undo adding it.
        expect(created.json()).toEqual({ ...pseudonymised, undoToken: expect.any(String) });
        expect((await request("viewer", "GET", "/api/actors/r9")).json()).toEqual(pseudonymised);
        expect((await request("admin", "GET", "/api/actors/r9")).json()).toEqual(expected);
        expect(await api.store.getActor("r9")).toEqual(expected);
      });

      it("makes an id from the kind when none is given", async () => {
        const created = await request("editor", "POST", "/api/actors", { name: "Choir", kind: "group" });
        expect(created.statusCode).toBe(201);
        expect(created.json().id).toMatch(/^group-[0-9a-f]{8}$/);
      });

      it("refuses unknown fields, bad kinds and the model's rules, naming the field", async () => {
        const unknown = await request("editor", "POST", "/api/actors", { name: "X", kind: "resident", colour: "red" });
        expect(unknown.statusCode).toBe(400);
        expect(errorCode(unknown)).toBe("invalid_request");
        expect(unknown.json().error.issues).toContainEqual(expect.objectContaining({ field: "colour" }));

        const kind = await request("editor", "POST", "/api/actors", { name: "X", kind: "martian" });
        expect(kind.statusCode).toBe(400);
        expect(kind.json().error.issues[0].field).toBe("kind");

        // Only an admin records consent (see privacy-suite.ts).
        const rules = await request("admin", "POST", "/api/actors", {
          name: "X",
          kind: "group",
          gifts: ["Cooking"],
          since: 2020,
          until: 2010,
          consent: { given: true },
        });
        expect(rules.statusCode).toBe(400);
        expect(errorCode(rules)).toBe("invalid_input");
        const fields = rules.json().error.issues.map((issue: { field: string }) => issue.field);
        expect(fields).toEqual(expect.arrayContaining(["gifts", "until", "consent"]));

        const text = await request("editor", "POST", "/api/actors", { name: "X", kind: "resident", since: "2020" });
        expect(text.statusCode).toBe(400);
        expect(await api.store.counts()).toEqual({ actors: SEED_ACTORS.length, ties: SEED_TIES.length });
      });

      it("refuses an id that is taken", async () => {
        const response = await request("editor", "POST", "/api/actors", { id: "r1", name: "Again", kind: "resident" });
        expect(response.statusCode).toBe(409);
        expect(errorCode(response)).toBe("conflict");
      });

      it("answers 404 for an unknown actor on GET, PATCH and DELETE", async () => {
        for (const method of ["GET", "PATCH", "DELETE"]) {
          const response = await request(
            "admin",
            method,
            "/api/actors/nobody",
            method === "PATCH" ? { name: "N" } : undefined,
          );
          expect(response.statusCode, method).toBe(404);
          expect(errorCode(response)).toBe("actor_not_found");
        }
      });

      it("changes the given fields, clears those sent as null, and keeps the id", async () => {
        await request("editor", "PATCH", "/api/actors/r1", { area: "Old Street" });
        // The admin's answer shows the name an editor's would hide (r1 has not given consent).
        const response = await request("admin", "PATCH", "/api/actors/r1", {
          name: "Anna",
          area: null,
          gifts: ["tea"],
        });
        expect(response.statusCode).toBe(200);
        const actor = response.json();
        expect(actor).toMatchObject({ id: "r1", name: "Anna", gifts: ["tea"], interests: ["gardening"] });
        expect(actor).not.toHaveProperty("area");
        expect(await api.store.getActor("r1")).toEqual(actor);
      });

      it("refuses a PATCH of the id, and a kind its ties do not fit", async () => {
        const id = await request("editor", "PATCH", "/api/actors/r1", { id: "other" });
        expect(id.statusCode).toBe(400);
        expect(id.json().error.issues[0].field).toBe("id");
        const kind = await request("editor", "PATCH", "/api/actors/r2", { kind: "place" });
        expect(kind.statusCode).toBe(400);
        expect(errorCode(kind)).toBe("invalid_input");
        // Refused as an import is: on the kind, naming a stored tie that would no longer fit.
        expect(kind.json().error.issues).toEqual([
          { field: "kind", message: expect.stringMatching(/^kind "place" does not fit the stored \w+ tie from "r\d"/) },
        ]);
        expect((await api.store.getActor("r2"))?.kind).toBe("resident");
      });

      it("erases an actor with every tie that touches it", async () => {
        const response = await request("admin", "DELETE", "/api/actors/r1");
        expect(response.statusCode).toBe(204);
        expect(await api.store.getActor("r1")).toBeUndefined();
        const graph = (await request("viewer", "GET", "/api/graph")).json();
        expect(graph.ties).toEqual([]);
      });
    });

    describe("ties", () => {
      it("creates a tie with the model's id and serves it", async () => {
        const created = await request("editor", "POST", "/api/ties", {
          source: "r2",
          target: "g1",
          type: "volunteers_at",
          since: 2022,
          weight: 2,
        });
        expect(created.statusCode).toBe(201);
        const id = tieId("volunteers_at", "r2", "g1", 2022);
        expect(created.json()).toEqual({
          id,
          source: "r2",
          target: "g1",
          type: "volunteers_at",
          since: 2022,
          weight: 2,
          custom: {},
        });
        expect(created.headers.location).toBe(`/api/ties/${encodeURIComponent(id)}`);
        const fetched = await request("viewer", "GET", `/api/ties/${encodeURIComponent(id)}`);
        expect(fetched.json()).toEqual(created.json());
      });

      it("refuses a tie to an unknown actor, between the wrong kinds, of an unknown type, or twice", async () => {
        const unknown = await request("editor", "POST", "/api/ties", { source: "r1", target: "nobody", type: "knows" });
        expect(unknown.statusCode).toBe(400);
        expect(unknown.json().error.issues).toContainEqual(
          expect.objectContaining({ field: "target", message: expect.stringContaining("nobody") }),
        );
        const kinds = await request("editor", "POST", "/api/ties", { source: "r1", target: "r2", type: "member_of" });
        expect(kinds.statusCode).toBe(400);
        expect(kinds.json().error.issues[0].field).toBe("type");
        const type = await request("editor", "POST", "/api/ties", { source: "r1", target: "r2", type: "loves" });
        expect(type.statusCode).toBe(400);
        const self = await request("editor", "POST", "/api/ties", { source: "r1", target: "r1", type: "knows" });
        expect(self.statusCode).toBe(400);
        const twice = await request("editor", "POST", "/api/ties", { source: "r2", target: "r1", type: "knows" });
        expect(twice.statusCode).toBe(409);
        expect(await api.store.counts()).toEqual({ actors: SEED_ACTORS.length, ties: SEED_TIES.length });
      });

      it("creates two ties whose ends differ only in where a ':' falls, as two ties", async () => {
        await api.store.upsertActors(["a:b", "c", "a", "b:c"].map((id) => resident(id)));
        const first = await request("editor", "POST", "/api/ties", {
          source: "a:b",
          target: "c",
          type: "knows",
          since: 2020,
        });
        const second = await request("editor", "POST", "/api/ties", {
          source: "a",
          target: "b:c",
          type: "knows",
          since: 2020,
        });
        expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
        expect(first.json().id).not.toBe(second.json().id);
        const fetched = await request("viewer", "GET", `/api/ties/${encodeURIComponent(second.json().id)}`);
        expect(fetched.json()).toMatchObject({ source: "a", target: "b:c" });
        expect(await api.store.counts()).toEqual({ actors: SEED_ACTORS.length + 4, ties: SEED_TIES.length + 2 });
      });

      it("changes since, until, weight and note, keeping the id", async () => {
        const url = `/api/ties/${encodeURIComponent(KNOWS_R1_R2)}`;
        await request("editor", "PATCH", url, { note: "neighbours" });
        const response = await request("editor", "PATCH", url, { since: 2015, until: 2020, weight: 12.5, note: null });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual({ ...SEED_TIES[0], since: 2015, until: 2020, weight: 12.5 });
        expect(await api.store.getTie(KNOWS_R1_R2)).toEqual(response.json());
      });

      it("refuses a PATCH of the ends or type, a bad period, and an unknown tie", async () => {
        const url = `/api/ties/${encodeURIComponent(KNOWS_R1_R2)}`;
        const ends = await request("editor", "PATCH", url, { target: "g1" });
        expect(ends.statusCode).toBe(400);
        expect(ends.json().error.issues[0].field).toBe("target");
        const period = await request("editor", "PATCH", url, { since: 2020, until: 2010 });
        expect(period.statusCode).toBe(400);
        expect(period.json().error.issues[0].field).toBe("until");
        const weight = await request("editor", "PATCH", url, { weight: 0 });
        expect(weight.statusCode).toBe(400);
        const missing = await request("editor", "PATCH", "/api/ties/nope", { weight: 2 });
        expect(missing.statusCode).toBe(404);
        expect(errorCode(missing)).toBe("tie_not_found");
        expect(await api.store.getTie(KNOWS_R1_R2)).toEqual(SEED_TIES[0]);
      });

      it("removes a tie, then answers 404", async () => {
        const url = `/api/ties/${encodeURIComponent(KNOWS_R1_R2)}`;
        expect((await request("editor", "DELETE", url)).statusCode).toBe(204);
        expect(await api.store.getTie(KNOWS_R1_R2)).toBeUndefined();
        expect((await request("editor", "DELETE", url)).statusCode).toBe(404);
        expect((await request("viewer", "GET", url)).statusCode).toBe(404);
      });
    });

    describe("analysis", () => {
      it("computes once per graph version and answers 304 to a matching If-None-Match", async () => {
        const first = await request("viewer", "GET", "/api/analysis");
        expect(first.statusCode).toBe(200);
        expect(first.json()).toMatchObject({ actors: SEED_ACTORS.length, ties: SEED_TIES.length });
        const etag = first.headers.etag as string;
        expect(etag).toMatch(/^".+"$/);

        const again = await request("viewer", "GET", "/api/analysis");
        expect(again.headers.etag).toBe(etag);
        const notModified = await api.t.app.inject({
          method: "GET",
          url: "/api/analysis",
          headers: { ...as("viewer"), "if-none-match": etag },
        });
        expect(notModified.statusCode).toBe(304);
        expect(notModified.body).toBe("");
        expect(analysis.calls()).toBe(1);

        await request("editor", "POST", "/api/actors", { id: "r9", name: "New", kind: "resident" });
        const changed = await api.t.app.inject({
          method: "GET",
          url: "/api/analysis?fresh=true",
          headers: { ...as("viewer"), "if-none-match": etag },
        });
        expect(changed.statusCode).toBe(200);
        expect(changed.headers.etag).not.toBe(etag);
        expect(changed.json().actors).toBe(SEED_ACTORS.length + 1);
        expect(changed.json().freshness).toMatchObject({ state: "fresh" });
        expect(analysis.calls()).toBe(2);
      });

      it("keeps year and weighting apart", async () => {
        const plain = await request("viewer", "GET", "/api/analysis");
        const weighted = await request("viewer", "GET", "/api/analysis?weighted=true&year=2024");
        expect(weighted.statusCode).toBe(200);
        expect(weighted.headers.etag).not.toBe(plain.headers.etag);
        expect(weighted.json().options).toEqual({ year: 2024, weighted: true, clustering: "leiden", exact: false });
        expect((await request("viewer", "GET", "/api/analysis?weighted=yes")).statusCode).toBe(400);
      });
    });

    describe("import and export", () => {
      it("lets only an admin record consent through an import", async () => {
        const form = multipart({
          nodes: "id,name,kind,consent\nc1,Cleo,resident,yes 2026-11-30\n",
          ties: "source,target,type\n",
        });
        const post = (role: "editor" | "admin") =>
          api.t.app.inject({
            method: "POST",
            url: "/api/import",
            headers: { ...as(role), ...form.headers },
            payload: form.payload,
          });
        const refused = await post("editor");
        expect(refused.statusCode).toBe(403);
        expect(refused.json().error.message).toContain("c1");
        expect(await api.store.getActor("c1")).toBeUndefined();
        expect((await post("admin")).statusCode).toBe(200);
        expect((await api.store.getActor("c1"))?.consent).toEqual({ given: true, date: "2026-11-30" });
        await api.store.deleteActor("c1");
      });

      it("imports nodes.csv and ties.csv, and a second import changes nothing", async () => {
        const form = multipart({ nodes: NODES_CSV, ties: TIES_CSV });
        const response = await api.t.app.inject({
          method: "POST",
          url: "/api/import",
          headers: { ...as("editor"), ...form.headers },
          payload: form.payload,
        });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({ actorsCreated: 3, tiesCreated: 2 });
        expect((await api.store.getActor("n1"))?.interests).toEqual(["walking"]);
        const again = await api.t.app.inject({
          method: "POST",
          url: "/api/import",
          headers: { ...as("editor"), ...form.headers },
          payload: form.payload,
        });
        expect(again.json()).toMatchObject({ actorsCreated: 0, actorsUnchanged: 3, tiesUnchanged: 2 });
      });

      it("imports all or nothing, locating every problem by file, line and column", async () => {
        const version = await api.store.version();
        const form = multipart({ nodes: BAD_NODES_CSV, ties: BAD_TIES_CSV });
        const response = await api.t.app.inject({
          method: "POST",
          url: "/api/import",
          headers: { ...as("editor"), ...form.headers },
          payload: form.payload,
        });
        expect(response.statusCode).toBe(400);
        expect(errorCode(response)).toBe("invalid_input");
        const issues = response.json().error.issues;
        expect(issues).toContainEqual(
          expect.objectContaining({ file: "nodes.csv", line: 3, column: 3, field: "kind" }),
        );
        expect(issues).toContainEqual(
          expect.objectContaining({ file: "ties.csv", line: 2, column: 2, field: "target" }),
        );
        expect(await api.store.getActor("n1")).toBeUndefined();
        expect(await api.store.version()).toBe(version);
      });

      it("refuses a form without both files or with other fields", async () => {
        const forms: Record<string, string>[] = [
          { nodes: NODES_CSV },
          { nodes: NODES_CSV, ties: TIES_CSV, extra: "x" },
        ];
        for (const files of forms) {
          const form = multipart(files);
          const response = await api.t.app.inject({
            method: "POST",
            url: "/api/import",
            headers: { ...as("editor"), ...form.headers },
            payload: form.payload,
          });
          expect(response.statusCode, Object.keys(files).join()).toBeGreaterThanOrEqual(400);
          expect(response.statusCode).toBeLessThan(500);
        }
        const json = await request("editor", "POST", "/api/import", { nodes: "x" });
        expect(json.statusCode).toBe(415);
        expect(errorCode(json)).toBe("unsupported_media_type");
        expect(await api.store.counts()).toEqual({ actors: SEED_ACTORS.length, ties: SEED_TIES.length });
      });

      it("exports csv as a zip of nodes.csv and ties.csv", async () => {
        const response = await request("viewer", "GET", "/api/export?format=csv");
        expect(response.statusCode).toBe(200);
        expect(response.headers["content-type"]).toBe("application/zip");
        expect(response.headers["content-disposition"]).toContain("weave-csv.zip");
        const files = unzipSync(new Uint8Array(response.rawPayload));
        expect(Object.keys(files).sort()).toEqual(["nodes.csv", "ties.csv"]);
        const nodes = new TextDecoder().decode(files["nodes.csv"]);
        expect(nodes.split("\n")[0]).toMatch(/^id,name,kind/);
        expect(nodes).toContain("r1,");
      });

      it("exports json, gexf and graphml, and refuses other formats", async () => {
        const json = await request("viewer", "GET", "/api/export?format=json");
        expect(json.headers["content-type"]).toContain("application/json");
        expect(json.json().actors).toHaveLength(SEED_ACTORS.length);
        const gexf = await request("viewer", "GET", "/api/export?format=gexf");
        expect(gexf.headers["content-type"]).toContain("gexf");
        expect(gexf.body).toContain("<gexf");
        const graphml = await request("viewer", "GET", "/api/export?format=graphml");
        expect(graphml.body).toContain("<graphml");
        expect((await request("viewer", "GET", "/api/export?format=ods")).statusCode).toBe(400);
        expect((await request("viewer", "GET", "/api/export")).statusCode).toBe(400);
      });
    });

    describe("live events", () => {
      it("pushes a change made by one client to another client's event stream", async () => {
        const address = await api.t.app.listen({ port: 0, host: "127.0.0.1" });
        const events = await collectEvents(`${address}/api/events`, {
          cookie: credentials.get("viewer")?.cookie ?? "",
        });
        try {
          expect(await events.next("hello")).toEqual({ version: await api.store.version() });
          const created = await fetch(`${address}/api/actors`, {
            method: "POST",
            headers: { ...as("editor"), "content-type": "application/json" },
            body: JSON.stringify({ id: "live", name: "Live", kind: "resident" }),
          });
          expect(created.status).toBe(201);
          const change = await events.next("change");
          expect(change).toMatchObject({
            type: "actor.created",
            actor: { id: "live" },
            version: await api.store.version(),
          });
          await request("admin", "DELETE", "/api/actors/live");
          expect(await events.next("change")).toMatchObject({ type: "actor.deleted", id: "live" });
          expect(await events.heartbeat()).toBe(true);
        } finally {
          events.close();
        }
      });

      it("refuses the stream to an anonymous client", async () => {
        const response = await request("anonymous", "GET", "/api/events");
        expect(response.statusCode).toBe(401);
      });
    });

    describe("roles", () => {
      const encodedTie = encodeURIComponent(KNOWS_R1_R2);
      const csv = multipart({ nodes: NODES_CSV, ties: TIES_CSV });
      /** Each route, what it needs, and a request that is valid for it. */
      const ROUTES: { method: string; url: string; needs: Role; body?: unknown; form?: typeof csv }[] = [
        { method: "GET", url: "/api/graph", needs: "viewer" },
        { method: "GET", url: "/api/actors/r1", needs: "viewer" },
        { method: "GET", url: `/api/ties/${encodedTie}`, needs: "viewer" },
        { method: "GET", url: "/api/analysis", needs: "viewer" },
        { method: "GET", url: "/api/export?format=json", needs: "viewer" },
        { method: "POST", url: "/api/actors", needs: "editor", body: { id: "m1", name: "M", kind: "resident" } },
        { method: "PATCH", url: "/api/actors/r2", needs: "editor", body: { name: "Renamed" } },
        { method: "POST", url: "/api/ties", needs: "editor", body: { source: "r2", target: "g1", type: "leads" } },
        { method: "PATCH", url: `/api/ties/${encodedTie}`, needs: "editor", body: { weight: 2 } },
        { method: "DELETE", url: `/api/ties/${encodedTie}`, needs: "editor" },
        { method: "POST", url: "/api/import", needs: "editor", form: csv },
        { method: "DELETE", url: "/api/actors/i1", needs: "admin" },
        { method: "GET", url: "/api/users", needs: "admin" },
        {
          method: "POST",
          url: "/api/users",
          needs: "admin",
          body: { name: "x", role: "viewer", password: "long enough pw" },
        },
        { method: "DELETE", url: "/api/users/nobody", needs: "admin" },
      ];
      const RANK: Record<Who, number> = { anonymous: 0, viewer: 1, editor: 2, admin: 3 };

      for (const who of ["anonymous", "viewer", "editor", "admin"] as const) {
        it(`lets ${who} do exactly what the role allows`, async () => {
          const outcomes = [];
          for (const route of ROUTES) {
            const response = await api.t.app.inject({
              method: route.method as "GET",
              url: route.url,
              headers: { ...as(who), ...route.form?.headers },
              ...(route.form !== undefined
                ? { payload: route.form.payload }
                : route.body !== undefined
                  ? { payload: route.body as object }
                  : {}),
            });
            const expected = RANK[who] >= RANK[route.needs] ? "allowed" : who === "anonymous" ? 401 : 403;
            const got = response.statusCode === 401 || response.statusCode === 403 ? response.statusCode : "allowed";
            outcomes.push({ route: `${route.method} ${route.url}`, expected, got, status: response.statusCode });
          }
          expect(outcomes.filter((o) => o.expected !== o.got)).toEqual([]);
          for (const o of outcomes.filter((o) => o.expected === "allowed")) expect(o.status, o.route).toBeLessThan(500);
        });
      }
      afterAll(() => {
        api.accounts.remove("x");
      });

      it("refuses a write without the session's CSRF token, or with another session's", async () => {
        const editor = credentials.get("editor") as Credentials;
        const body = { id: "c1", name: "C", kind: "resident" };
        const without = await api.t.app.inject({
          method: "POST",
          url: "/api/actors",
          headers: { cookie: editor.cookie },
          payload: body,
        });
        expect(without.statusCode).toBe(403);
        expect(errorCode(without)).toBe("csrf_token_invalid");
        const borrowed = await api.t.app.inject({
          method: "POST",
          url: "/api/actors",
          headers: { cookie: editor.cookie, "x-csrf-token": credentials.get("admin")?.csrf ?? "" },
          payload: body,
        });
        expect(borrowed.statusCode).toBe(403);
        expect(await api.store.getActor("c1")).toBeUndefined();
        const session = (
          await api.t.app.inject({ method: "GET", url: "/api/session", headers: { cookie: editor.cookie } })
        ).json();
        expect(session).toEqual({ open: false, user: { name: "editor", role: "editor" }, csrfToken: editor.csrf });
      });
    });
  });
}
