import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SESSION_HOURS } from "../../src/store/accounts/account-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { seed } from "./fixtures.js";
import { addRoleAccounts, type Credentials, headersOf, login, startTestApp, type TestApp } from "./harness.js";
import { collectEvents, type EventStream } from "./sse-client.js";

// Fault 3 of issue 11: a stream opened by a session kept receiving full records after that session
// or its account was gone.
let t: TestApp;
let address: string;
let admin: Credentials;
let editor: Credentials;
beforeEach(async () => {
  const store = new SqliteStore(":memory:");
  await store.init();
  await seed(store);
  t = await startTestApp(store, { heartbeatMs: 60_000 });
  await addRoleAccounts(t.accounts);
  admin = await login(t.app, "admin");
  editor = await login(t.app, "editor");
  address = await t.app.listen({ port: 0, host: "127.0.0.1" });
});
afterEach(async () => {
  await t.close();
  await t.store.close();
});

async function openStream(cookie: string): Promise<EventStream> {
  const events = await collectEvents(`${address}/api/events`, { cookie });
  await events.next("hello");
  return events;
}

async function createActor(id: string): Promise<void> {
  const response = await fetch(`${address}/api/actors`, {
    method: "POST",
    headers: { ...headersOf(editor), "content-type": "application/json" },
    body: JSON.stringify({ id, name: `Person ${id}`, kind: "resident" }),
  });
  expect(response.status).toBe(201);
}

describe("an event stream lives no longer than the right to read", () => {
  it("ends at logout, and the logged-out session gets no more changes", async () => {
    const viewer = await login(t.app, "viewer");
    const events = await openStream(viewer.cookie);
    const loggedOut = await t.app.inject({ method: "DELETE", url: "/api/session", headers: headersOf(viewer) });
    expect(loggedOut.statusCode).toBe(204);
    expect(await events.ended()).toBe(true);
    await createActor("after-logout");
    expect(events.count("change")).toBe(0);
  });

  it("ends when an admin removes the account", async () => {
    const viewer = await login(t.app, "viewer");
    const events = await openStream(viewer.cookie);
    const removed = await t.app.inject({ method: "DELETE", url: "/api/users/viewer", headers: headersOf(admin) });
    expect(removed.statusCode).toBe(204);
    expect(await events.ended()).toBe(true);
    await createActor("after-removal");
    expect(events.count("change")).toBe(0);
  });

  it("checks access again before each event: an account removed elsewhere gets nothing", async () => {
    const viewer = await login(t.app, "viewer");
    const events = await openStream(viewer.cookie);
    // As `weave user remove viewer` does from another process: the server hears nothing of it.
    t.accounts.remove("viewer");
    await createActor("after-cli-removal");
    expect(await events.ended()).toBe(true);
    expect(events.count("change")).toBe(0);
  });

  it("ends when the session expires", async () => {
    const account = t.accounts.list().find((a) => a.name === "viewer");
    if (account === undefined) throw new Error("no viewer account");
    const startedLongAgo = new Date(Date.now() - SESSION_HOURS * 3600_000 + 300);
    const session = t.accounts.startSession(account, startedLongAgo);
    const events = await openStream(`weave_session=${session.token}`);
    expect(await events.ended()).toBe(true);
  });

  it("keeps a live session's stream open and delivers changes to it", async () => {
    const viewer = await login(t.app, "viewer");
    const events = await openStream(viewer.cookie);
    try {
      await t.app.inject({ method: "DELETE", url: "/api/session", headers: headersOf(editor) });
      editor = await login(t.app, "editor");
      await createActor("still-live");
      expect(await events.next("change")).toMatchObject({ type: "actor.created", actor: { id: "still-live" } });
    } finally {
      events.close();
    }
  });
});
