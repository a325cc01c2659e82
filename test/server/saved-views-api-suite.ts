import { describe, expect, it } from "vitest";
import type { SavedView } from "../../src/model/index.js";
import { seed } from "./fixtures.js";
import { errorCode, type OpenStore } from "./harness.js";
import { useRoleApp, type Who } from "./role-app.js";

const NOW = { year: 2021, kinds: ["resident", "group"], actor: "r1", colourBy: "kind", sizeBy: "degree" };

/** /api/views over one store adapter: the views live beside the accounts, whatever holds the graph. */
export function describeSavedViewsApiSuite(name: string, open: OpenStore): void {
  describe(`Saved views API on ${name}`, () => {
    const { request } = useRoleApp(open, seed);
    const save = async (body: object): Promise<SavedView> => {
      const response = await request("editor", "POST", "/api/views", body);
      expect(response.statusCode, response.body).toBe(201);
      return response.json();
    };
    const listed = async (who: Who = "viewer"): Promise<SavedView[]> =>
      (await request(who, "GET", "/api/views")).json().views;

    it("an editor saves, renames, changes and deletes a view; a viewer lists and opens it", async () => {
      const made = await save({ name: "  Tonight  ", state: NOW });
      expect(made).toMatchObject({ name: "Tonight", state: NOW, id: expect.stringMatching(/^[\w-]+$/) });
      expect(await listed()).toContainEqual(made);
      expect((await request("viewer", "GET", `/api/views/${made.id}`)).json()).toEqual(made);

      const renamed = await request("editor", "PUT", `/api/views/${made.id}`, { name: "Tonight, groups" });
      expect(renamed.json()).toMatchObject({ name: "Tonight, groups", state: NOW });
      const changed = await request("admin", "PUT", `/api/views/${made.id}`, { state: { year: "all" } });
      expect(changed.json()).toMatchObject({ name: "Tonight, groups", state: { year: "all" } });

      expect((await request("editor", "DELETE", `/api/views/${made.id}`)).statusCode).toBe(204);
      expect((await listed()).map((view) => view.id)).not.toContain(made.id);
      for (const method of ["GET", "PUT", "DELETE"]) {
        const gone = await request(
          "editor",
          method,
          `/api/views/${made.id}`,
          method === "PUT" ? { name: "x" } : undefined,
        );
        expect(gone.statusCode).toBe(404);
        expect(errorCode(gone)).toBe("view_not_found");
      }
    });

    it("keeps the order they were saved in: the order of the slides", async () => {
      const first = await save({ name: "One", state: {} });
      const second = await save({ name: "Two", state: { year: 2019 } });
      const ids = (await listed()).map((view) => view.id);
      expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    });

    it("lets only editors and admins write, and nobody in without logging in", async () => {
      const made = await save({ name: "Mine", state: {} });
      const writes = [
        ["POST", "/api/views", { name: "Theirs", state: {} }],
        ["PUT", `/api/views/${made.id}`, { name: "Theirs" }],
        ["DELETE", `/api/views/${made.id}`, undefined],
      ] as const;
      for (const [method, url, body] of writes) {
        const refused = await request("viewer", method, url, body);
        expect(refused.statusCode, `${method} ${url}`).toBe(403);
        expect((await request("anonymous", method, url, body)).statusCode).toBe(401);
      }
      expect((await request("anonymous", "GET", "/api/views")).statusCode).toBe(401);
      expect((await request("viewer", "GET", `/api/views/${made.id}`)).json().name).toBe("Mine");
    });

    it("refuses a state of the wrong shape or size, naming the field, and stores nothing", async () => {
      const before = (await listed()).length;
      const refused: [object, string][] = [
        [{ name: "x", state: { year: "latest" } }, "state.year"],
        [{ name: "x", state: { year: 12 } }, "state.year"],
        [{ name: "x", state: { colour: "kind" } }, "state.colour"],
        [{ name: "x", state: { kinds: "resident" } }, "state.kinds"],
        [{ name: "x", state: { kinds: Array.from({ length: 21 }, (_, i) => `k${"x".repeat(i)}`) } }, "state.kinds"],
        [{ name: "x", state: { tieTypes: ["<script>"] } }, "state.tieTypes.0"],
        [{ name: "x", state: { actor: "a".repeat(201) } }, "state.actor"],
        [{ name: "x", state: { area: "Molen\u001bbuurt" } }, "state.area"],
        [{ name: "x", state: { cluster: -1 } }, "state.cluster"],
        [{ name: "x", state: [] }, "state"],
        [{ name: "x".repeat(101), state: {} }, "name"],
        [{ name: "x", state: {}, owner: "me" }, "owner"],
        [{ state: {} }, "name"],
      ];
      for (const [body, field] of refused) {
        const response = await request("editor", "POST", "/api/views", body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(response.json().error.issues.map((issue: { field: string }) => issue.field)).toContain(field);
      }
      const blank = await request("editor", "POST", "/api/views", { name: "   ", state: {} });
      expect(blank.statusCode).toBe(400);
      expect(blank.json().error.issues).toEqual([{ field: "name", message: "the view needs a name" }]);
      const made = await save({ name: "Kept", state: NOW });
      const empty = await request("editor", "PUT", `/api/views/${made.id}`, {});
      expect(empty.statusCode).toBe(400);
      expect((await listed()).length).toBe(before + 1);
      expect((await request("viewer", "GET", `/api/views/${made.id}`)).json().state).toEqual(NOW);
    });

    it("forgets an erased actor as the focus of every saved view", async () => {
      const made = await save({ name: "Around r1", state: NOW });
      const other = await save({ name: "Around r2", state: { actor: "r2" } });
      expect((await request("admin", "DELETE", "/api/actors/r1")).statusCode).toBe(204);
      const { year, kinds, colourBy, sizeBy } = NOW;
      expect((await request("viewer", "GET", `/api/views/${made.id}`)).json().state).toEqual({
        year,
        kinds,
        colourBy,
        sizeBy,
      });
      expect((await request("viewer", "GET", `/api/views/${other.id}`)).json().state).toEqual({ actor: "r2" });
    });
  });
}
