import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { seed } from "./fixtures.js";
import { addRoleAccounts, errorCode, login, openModeToken, PASSWORD, startTestApp, type TestApp } from "./harness.js";

let t: TestApp;
beforeEach(async () => {
  const store = new SqliteStore(":memory:");
  await store.init();
  await seed(store);
  t = await startTestApp(store);
});
afterEach(async () => {
  await t.close();
  await t.store.close();
});

describe("open access on loopback without accounts", () => {
  it("treats the one local user as admin, and still wants the CSRF token for writes", async () => {
    const session = (await t.app.inject({ method: "GET", url: "/api/session" })).json();
    expect(session).toMatchObject({ open: true, user: { name: "local", role: "admin" } });
    const body = { id: "o1", name: "O", kind: "resident" };
    const without = await t.app.inject({ method: "POST", url: "/api/actors", payload: body });
    expect(without.statusCode).toBe(403);
    expect(errorCode(without)).toBe("csrf_token_invalid");
    const token = await openModeToken(t.app);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/actors",
      payload: body,
      headers: { "x-csrf-token": token },
    });
    expect(created.statusCode).toBe(201);
    expect(
      (await t.app.inject({ method: "DELETE", url: "/api/actors/o1", headers: { "x-csrf-token": token } })).statusCode,
    ).toBe(204);
  });

  it("refuses a request that names another host (DNS rebinding)", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/graph", headers: { host: "evil.example:8080" } });
    expect(response.statusCode).toBe(403);
    expect(errorCode(response)).toBe("host_not_allowed");
    const local = await t.app.inject({ method: "GET", url: "/api/graph", headers: { host: "127.0.0.1:8080" } });
    expect(local.statusCode).toBe(200);
  });

  it("needs a login as soon as the first account exists", async () => {
    await t.accounts.add("ada", "admin", PASSWORD);
    const response = await t.app.inject({ method: "GET", url: "/api/graph" });
    expect(response.statusCode).toBe(401);
    expect(errorCode(response)).toBe("unauthenticated");
    expect((await t.app.inject({ method: "GET", url: "/api/session" })).json()).toEqual({ open: false, user: null });
  });
});

describe("accounts beyond loopback", () => {
  it("never opens up without accounts when bound to another address", async () => {
    const wide = await startTestApp(t.store, { host: "0.0.0.0" });
    try {
      const response = await wide.app.inject({ method: "GET", url: "/api/graph" });
      expect(response.statusCode).toBe(401);
    } finally {
      await wide.close();
    }
  });
});

describe("login and logout", () => {
  beforeEach(async () => {
    await addRoleAccounts(t.accounts);
  });

  it("sets an HttpOnly, SameSite=Strict cookie and hands out the CSRF token", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { name: "editor", password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.headers["set-cookie"] as string;
    expect(cookie).toMatch(/^weave_session=[\w-]{40,};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Path=/");
    expect(response.json()).toMatchObject({ user: { name: "editor", role: "editor" }, csrfToken: expect.any(String) });
  });

  it("behind a trusted TLS proxy, marks the cookie Secure and limits logins per real client", {
    timeout: 60_000,
  }, async () => {
    const proxied = await startTestApp(t.store, { accounts: t.accounts, trustProxy: "127.0.0.1" });
    try {
      const login = (forwardedFor: string, password = PASSWORD) =>
        proxied.app.inject({
          method: "POST",
          url: "/api/session",
          headers: { "x-forwarded-proto": "https", "x-forwarded-for": forwardedFor },
          payload: { name: "editor", password },
        });
      const response = await login("203.0.113.7");
      expect(response.statusCode).toBe(200);
      expect(response.headers["set-cookie"]).toContain("Secure");
      for (let attempt = 0; attempt < 6; attempt++) await login("203.0.113.66", "guess");
      expect((await login("203.0.113.66")).statusCode).toBe(429);
      expect((await login("203.0.113.8")).statusCode).toBe(200);
    } finally {
      await proxied.close();
    }
    const direct = await t.app.inject({
      method: "POST",
      url: "/api/session",
      headers: { "x-forwarded-proto": "https" },
      payload: { name: "editor", password: PASSWORD },
    });
    expect(direct.headers["set-cookie"]).not.toContain("Secure");
  });

  it("refuses a wrong password and an unknown name alike", async () => {
    for (const payload of [
      { name: "editor", password: "wrong password" },
      { name: "nobody", password: PASSWORD },
    ]) {
      const response = await t.app.inject({ method: "POST", url: "/api/session", payload });
      expect(response.statusCode).toBe(401);
      expect(errorCode(response)).toBe("invalid_credentials");
    }
  });

  it("limits login attempts per client", async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/session",
        payload: { name: "editor", password: "guess" },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(errorCode(response)).toBe("too_many_attempts");
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it("ends the session on logout", async () => {
    const editor = await login(t.app, "editor");
    const headers = { cookie: editor.cookie, "x-csrf-token": editor.csrf };
    expect((await t.app.inject({ method: "DELETE", url: "/api/session", headers })).statusCode).toBe(204);
    const after = await t.app.inject({ method: "GET", url: "/api/graph", headers });
    expect(after.statusCode).toBe(401);
  });

  it("ends the sessions of a removed account", async () => {
    const viewer = await login(t.app, "viewer");
    t.accounts.remove("viewer");
    const after = await t.app.inject({ method: "GET", url: "/api/graph", headers: { cookie: viewer.cookie } });
    expect(after.statusCode).toBe(401);
  });

  it("lets an admin manage accounts over the API", async () => {
    const admin = await login(t.app, "admin");
    const headers = { cookie: admin.cookie, "x-csrf-token": admin.csrf };
    const added = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers,
      payload: { name: "fatima", role: "editor", password: PASSWORD },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).not.toHaveProperty("password");
    const list = (await t.app.inject({ method: "GET", url: "/api/users", headers })).json();
    expect(list.map((a: { name: string }) => a.name)).toContain("fatima");
    const short = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers,
      payload: { name: "sam", role: "viewer", password: "short" },
    });
    expect(short.statusCode).toBe(400);
    expect((await t.app.inject({ method: "DELETE", url: "/api/users/fatima", headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: "DELETE", url: "/api/users/fatima", headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "DELETE", url: "/api/users/admin", headers })).statusCode).toBe(409);
  });
});
