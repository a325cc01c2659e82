import type { LightMyRequestResponse } from "fastify";
import { describe, expect, it } from "vitest";
import { type FollowUp, tieId } from "../../src/model/index.js";
import { resident } from "../store/contract.js";
import { multipart, seed } from "./fixtures.js";
import { errorCode, type OpenStore } from "./harness.js";
import { useRoleApp, type Who } from "./role-app.js";
import { collectEvents } from "./sse-client.js";

/** r2 is not yet in g1 (the seed has r1 in it): the introduction the follow-ups propose. */
const JOIN = { type: "member_of", source: "r2", target: "g1" } as const;
const JOIN_ID = tieId("member_of", "r2", "g1");

/** /api/follow-ups over one store adapter, with viewer, editor and admin accounts. */
export function describeFollowUpApiSuite(name: string, open: OpenStore): void {
  describe(`Follow-ups API on ${name}`, () => {
    const api = useRoleApp(open, seed);
    const { request, credentials } = api;
    const create = async (who: Who, body: object): Promise<FollowUp> => {
      const response = await request(who, "POST", "/api/follow-ups", body);
      expect(response.statusCode, response.body).toBe(201);
      return response.json();
    };
    const fieldsOf = (response: LightMyRequestResponse) =>
      (response.json().error.issues as { field: string }[]).map((issue) => issue.field);

    it("lives from to contact through notes to connected when POST /api/ties records its tie", async () => {
      const made = await create("editor", {
        about: ["r2", "g1"],
        tie: JOIN,
        due: "2026-06-01",
        note: "Asks about choirs",
      });
      expect(made).toMatchObject({ assignee: "editor", createdBy: "editor", status: "to_contact", due: "2026-06-01" });
      expect(made.notes).toEqual([{ at: made.createdAt, author: "editor", text: "Asks about choirs" }]);
      expect((await request("viewer", "GET", `/api/follow-ups/${made.id}`)).json()).toEqual(made);

      const introduced = await request("editor", "PATCH", `/api/follow-ups/${made.id}`, { status: "introduced" });
      expect(introduced.json()).toMatchObject({ status: "introduced", due: "2026-06-01" });
      const noted = await request("admin", "POST", `/api/follow-ups/${made.id}/notes`, { text: "They met on Tuesday" });
      expect(noted.statusCode).toBe(201);
      expect(noted.json().notes.map((note: { author: string }) => note.author)).toEqual(["editor", "admin"]);

      const recorded = await request("editor", "POST", "/api/ties", JOIN);
      expect(recorded.statusCode).toBe(201);
      const closed = (await request("viewer", "GET", `/api/follow-ups/${made.id}`)).json();
      expect(closed).toMatchObject({ status: "connected", closedByTie: JOIN_ID });
      expect(closed.notes.at(-1)).toEqual({
        at: expect.any(String),
        author: "weave",
        code: "closed_by_tie",
        tieId: JOIN_ID,
      });
    });

    it("closes itself when POST /api/import records the proposed tie", async () => {
      const made = await create("editor", { about: ["r2"], tie: JOIN });
      const form = multipart({
        nodes: "id,name,kind\ng1,Group g1,group\n",
        ties: "source,target,type\nr2,g1,member_of\n",
      });
      const imported = await request("editor", "POST", "/api/import", form.payload, form.headers);
      expect(imported.statusCode, imported.body).toBe(200);
      expect((await request("viewer", "GET", `/api/follow-ups/${made.id}`)).json()).toMatchObject({
        status: "connected",
        closedByTie: JOIN_ID,
      });
    });

    it("lists everyone's or mine, by status", async () => {
      const mine = await create("editor", { about: ["r2"] });
      const theirs = await create("editor", { about: ["r1"], assignee: "admin", status: "not_now" });
      const ids = async (who: Who, query: string) =>
        ((await request(who, "GET", `/api/follow-ups${query}`)).json().followUps as FollowUp[]).map((item) => item.id);
      expect((await ids("viewer", "")).sort()).toEqual([mine.id, theirs.id].sort());
      expect(await ids("editor", "?mine=true")).toEqual([mine.id]);
      expect(await ids("admin", "?mine=true")).toEqual([theirs.id]);
      expect(await ids("viewer", "?status=not_now")).toEqual([theirs.id]);
      expect(await ids("viewer", "?about=r2")).toEqual([mine.id]);
    });

    it("exports as CSV with names and notes, formula cells escaped", async () => {
      await api.store.upsertActors([resident("r9", { name: "=2+3 Jansen", consent: { given: true } })]);
      await create("editor", { about: ["r9"], note: "Rang twice" });
      for (const url of ["/api/follow-ups.csv", "/api/follow-ups?format=csv"]) {
        const response = await request("viewer", "GET", url);
        expect(response.statusCode).toBe(200);
        expect(response.headers["content-type"]).toMatch(/^text\/csv/);
        const [header, row] = response.body.split("\n");
        expect(header).toBe(
          "id,status,assignee,due,about,about_names,tie_type,tie_source,tie_target,created_at,created_by,updated_at,closed_by_tie,notes",
        );
        expect(row).toContain(",to_contact,editor,,r9,'=2+3 Jansen,,,,");
        expect(row).toMatch(/editor: Rang twice$/);
      }
    });

    it("lets viewers read only, editors and admins write", async () => {
      const made = await create("admin", { about: ["r1"] });
      expect((await request("anonymous", "GET", "/api/follow-ups")).statusCode).toBe(401);
      expect((await request("viewer", "GET", "/api/follow-ups")).statusCode).toBe(200);
      for (const [method, url, body] of [
        ["POST", "/api/follow-ups", { about: ["r1"] }],
        ["PATCH", `/api/follow-ups/${made.id}`, { status: "declined" }],
        ["POST", `/api/follow-ups/${made.id}/notes`, { text: "no" }],
      ] as const) {
        const response = await request("viewer", method, url, body);
        expect(response.statusCode).toBe(403);
        expect(errorCode(response)).toBe("forbidden");
      }
      expect((await request("editor", "PATCH", `/api/follow-ups/${made.id}`, { status: "declined" })).statusCode).toBe(
        200,
      );
      expect((await api.store.listFollowUps()).map((item) => item.status)).toEqual(["declined"]);
    });

    it("refuses bad input with a code and the field, storing nothing", async () => {
      const unknown = await request("editor", "POST", "/api/follow-ups", { about: ["r1", "ghost"] });
      expect(unknown.statusCode).toBe(404);
      expect(errorCode(unknown)).toBe("actor_not_found");
      const unknownEnd = await request("editor", "POST", "/api/follow-ups", {
        about: ["r1"],
        tie: { type: "knows", source: "r1", target: "ghost" },
      });
      expect(errorCode(unknownEnd)).toBe("actor_not_found");

      const status = await request("editor", "POST", "/api/follow-ups", { about: ["r1"], status: "maybe" });
      expect(status.statusCode).toBe(400);
      expect(fieldsOf(status)).toEqual(["status"]);
      for (const due of ["2026-02-30", "tomorrow", "2026-6-1"]) {
        const response = await request("editor", "POST", "/api/follow-ups", { about: ["r1"], due });
        expect(response.statusCode, due).toBe(400);
        expect(fieldsOf(response)).toEqual(["due"]);
      }
      const assignee = await request("editor", "POST", "/api/follow-ups", { about: ["r1"], assignee: "nobody" });
      expect(assignee.statusCode).toBe(400);
      expect(fieldsOf(assignee)).toEqual(["assignee"]);
      const misfit = await request("editor", "POST", "/api/follow-ups", {
        about: ["r1"],
        tie: { type: "member_of", source: "r1", target: "r2" },
      });
      expect(misfit.statusCode).toBe(400);
      expect(fieldsOf(misfit)[0]).toMatch(/^tie\./);
      expect(await api.store.listFollowUps()).toEqual([]);

      const made = await create("editor", { about: ["r1"] });
      const badPatch = await request("editor", "PATCH", `/api/follow-ups/${made.id}`, { status: "done", due: "soon" });
      expect(badPatch.statusCode).toBe(400);
      expect(fieldsOf(badPatch).sort()).toEqual(["due", "status"]);
      expect(await api.store.getFollowUp(made.id)).toEqual(made);
      const missing = await request("editor", "PATCH", "/api/follow-ups/nope", { status: "declined" });
      expect(missing.statusCode).toBe(404);
      expect(errorCode(missing)).toBe("follow_up_not_found");
      expect(errorCode(await request("viewer", "GET", "/api/follow-ups/nope"))).toBe("follow_up_not_found");
    });

    it("goes with an erased actor", async () => {
      const made = await create("editor", { about: ["r2"], tie: JOIN });
      expect((await request("admin", "DELETE", "/api/actors/r2")).statusCode).toBe(204);
      expect((await request("viewer", "GET", `/api/follow-ups/${made.id}`)).statusCode).toBe(404);
    });

    it("tells other clients, by id only, that a follow-up changed", async () => {
      const address = await api.t.app.listen({ port: 0, host: "127.0.0.1" });
      const events = await collectEvents(`${address}/api/events`, { cookie: credentials.get("viewer")?.cookie ?? "" });
      try {
        await events.next("hello");
        const made = await create("editor", { about: ["r2"] });
        expect(await events.next("change")).toEqual({
          type: "follow-up.changed",
          version: await api.store.version(),
          id: made.id,
        });
        await request("editor", "PATCH", `/api/follow-ups/${made.id}`, { status: "introduced" });
        expect(await events.next("change")).toMatchObject({ type: "follow-up.changed", id: made.id });
      } finally {
        events.close();
      }
    });

    it("is in the OpenAPI document with its schemas", async () => {
      const document = (await request("anonymous", "GET", "/api/openapi.json")).json();
      expect(Object.keys(document.paths["/api/follow-ups"])).toEqual(expect.arrayContaining(["get", "post"]));
      expect(Object.keys(document.paths["/api/follow-ups/{id}"])).toEqual(expect.arrayContaining(["get", "patch"]));
      expect(document.paths["/api/follow-ups/{id}/notes"].post.requestBody).toBeDefined();
      expect(document.paths["/api/follow-ups.csv"].get).toBeDefined();
    });
  });
}
