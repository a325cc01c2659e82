import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { seed } from "./fixtures.js";
import {
  addRoleAccounts,
  type Credentials,
  errorCode,
  headersOf,
  login,
  startTestApp,
  type TestApp,
} from "./harness.js";

let t: TestApp;
let editor: Credentials;
beforeEach(async () => {
  const store = new SqliteStore(":memory:");
  await store.init();
  await seed(store);
  t = await startTestApp(store);
  await addRoleAccounts(t.accounts);
  await t.accounts.add("second", "editor", "correct horse battery");
  editor = await login(t.app, "editor");
});
afterEach(async () => {
  await t.close();
  await t.store.close();
});

async function addActor(credentials: Credentials, id: string): Promise<string> {
  const created = await t.app.inject({
    method: "POST",
    url: "/api/actors",
    payload: { id, name: `New ${id}`, kind: "resident" },
    headers: headersOf(credentials),
  });
  expect(created.statusCode).toBe(201);
  return created.json().undoToken;
}

const erase = (credentials: Credentials | undefined, id: string, token?: string) =>
  t.app.inject({
    method: "DELETE",
    url: token === undefined ? `/api/actors/${id}` : `/api/actors/${id}?undo=${encodeURIComponent(token)}`,
    headers: headersOf(credentials),
  });

describe("an editor undoing their own new actor", () => {
  it("erases it with the token its adding answered, and only then", async () => {
    const token = await addActor(editor, "fresh");
    expect(token).toMatch(/^[\w-]{20,}$/);
    expect(errorCode(await erase(editor, "fresh"))).toBe("forbidden");
    expect((await erase(editor, "fresh", "not-the-token")).statusCode).toBe(403);
    expect((await erase(editor, "fresh", token)).statusCode).toBe(204);
    expect(await t.store.getActor("fresh")).toBeUndefined();
  });

  it("refuses the token from another session, and for another actor", async () => {
    const token = await addActor(editor, "fresh");
    const other = await login(t.app, "second");
    expect((await erase(other, "fresh", token)).statusCode).toBe(403);
    await addActor(other, "theirs");
    expect((await erase(editor, "theirs", token)).statusCode).toBe(403);
    // The seeded actors were never the editor's to erase.
    expect((await erase(editor, "r1", token)).statusCode).toBe(403);
    expect(await t.store.getActor("fresh")).toBeDefined();
    expect(await t.store.getActor("r1")).toBeDefined();
  });

  it("refuses once a tie refers to the actor, and allows it again when the tie is gone", async () => {
    const token = await addActor(editor, "fresh");
    const other = await login(t.app, "second");
    const tie = await t.app.inject({
      method: "POST",
      url: "/api/ties",
      payload: { source: "fresh", target: "r1", type: "knows" },
      headers: headersOf(other),
    });
    expect(tie.statusCode).toBe(201);
    const refused = await erase(editor, "fresh", token);
    expect(refused.statusCode).toBe(409);
    expect(errorCode(refused)).toBe("actor_in_use");
    expect(await t.store.getTie(tie.json().id)).toBeDefined();
    await t.app.inject({ method: "DELETE", url: `/api/ties/${tie.json().id}`, headers: headersOf(other) });
    expect((await erase(editor, "fresh", token)).statusCode).toBe(204);
  });

  it("gives a redo's actor the same token, and no token after logging out works", async () => {
    const token = await addActor(editor, "fresh");
    expect((await erase(editor, "fresh", token)).statusCode).toBe(204);
    expect(await addActor(editor, "fresh")).toBe(token);
    await t.app.inject({ method: "DELETE", url: "/api/session", headers: headersOf(editor) });
    const again = await login(t.app, "editor");
    expect((await erase(again, "fresh", token)).statusCode).toBe(403);
  });

  it("keeps erasing anything an admin's call, and never a viewer's", async () => {
    const token = await addActor(editor, "fresh");
    const viewer = await login(t.app, "viewer");
    expect((await erase(viewer, "fresh", token)).statusCode).toBe(403);
    const admin = await login(t.app, "admin");
    expect((await erase(admin, "r1")).statusCode).toBe(204);
  });
});
