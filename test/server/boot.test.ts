import { writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isLoopback, loadConfig } from "../../src/server/config.js";
import { assertCanListen, startServer } from "../../src/server/main.js";
import { loadSampleIntoNewStore } from "../../src/server/sample.js";
import { AccountStore } from "../../src/store/accounts/account-store.js";
import { verifyPassword } from "../../src/store/accounts/password.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { NODES_CSV, TIES_CSV } from "./fixtures.js";
import { PASSWORD, scratchDir } from "./harness.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
function scratch(): string {
  const { dir, remove } = scratchDir("weave-boot-");
  cleanups.push(remove);
  return dir;
}

describe("configuration", () => {
  it("defaults to 127.0.0.1:8080 and the data directory", () => {
    expect(loadConfig({})).toMatchObject({ port: 8080, host: "127.0.0.1", dataDir: "data", webDir: "dist" });
  });

  it("lists every problem at once", () => {
    expect(() => loadConfig({ PORT: "eighty", HOST: "not a host!", NEO4J_URI: "http://x" })).toThrow(
      /PORT "eighty"[\s\S]*HOST "not a host!"[\s\S]*NEO4J_URI "http:\/\/x" must start with/,
    );
  });

  it("takes the number of analysis workers, 1 by default", () => {
    expect(loadConfig({}).analysisWorkers).toBe(1);
    expect(loadConfig({ WEAVE_ANALYSIS_WORKERS: "2" }).analysisWorkers).toBe(2);
    expect(() => loadConfig({ WEAVE_ANALYSIS_WORKERS: "0" })).toThrow(/WEAVE_ANALYSIS_WORKERS "0"/);
  });

  it("believes X-Forwarded-* only from the proxies TRUST_PROXY names", () => {
    expect(loadConfig({}).trustProxy).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8,::1" }).trustProxy).toBe("loopback,10.0.0.0/8,::1");
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY "true" is not an address/);
    expect(() => loadConfig({ TRUST_PROXY: "10.0.0.0/40" })).toThrow(/TRUST_PROXY "10.0.0.0\/40"/);
  });

  it("knows which addresses are loopback", () => {
    expect(["127.0.0.1", "127.1.2.3", "::1", "localhost"].every(isLoopback)).toBe(true);
    expect(["0.0.0.0", "192.168.1.10", "::"].some(isLoopback)).toBe(false);
  });
});

describe("accounts", () => {
  it("stores only a salted scrypt hash and only hashed session tokens", async () => {
    const accounts = AccountStore.inDataDir(scratch());
    cleanups.push(() => accounts.close());
    await accounts.add("ada", "admin", PASSWORD);
    await accounts.add("bob", "viewer", PASSWORD);
    const Database = (await import("better-sqlite3")).default;
    const raw = new Database(accounts.path, { readonly: true });
    const rows = raw.prepare("SELECT password FROM accounts").all() as { password: string }[];
    expect(rows[0]?.password).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(rows[0]?.password).not.toBe(rows[1]?.password);
    expect(await verifyPassword(PASSWORD, rows[0]?.password ?? "")).toBe(true);
    const session = accounts.startSession({ name: "ada", role: "admin", created: "" });
    const stored = raw.prepare("SELECT token_hash FROM sessions").all() as { token_hash: string }[];
    expect(stored.map((row) => row.token_hash)).not.toContain(session.token);
    raw.close();
    expect(accounts.findSession(session.token)?.account.name).toBe("ada");
    expect(accounts.findSession(session.token, new Date(Date.now() + 13 * 3600_000))).toBeUndefined();
    await expect(accounts.add("ada", "viewer", PASSWORD)).rejects.toThrow(/already exists/);
  });
});

describe("starting the server", () => {
  it("refuses to listen beyond loopback until an admin account exists, naming weave user add", async () => {
    const dir = scratch();
    const accounts = AccountStore.inDataDir(dir);
    cleanups.push(() => accounts.close());
    const config = loadConfig({ HOST: "0.0.0.0", WEAVE_DATA_DIR: dir });
    expect(() => assertCanListen(config, accounts)).toThrow(/weave user add <name> --role admin/);
    await expect(startServer(config, { logLevel: false })).rejects.toThrow(/no admin account/);
    await accounts.add("ed", "editor", PASSWORD);
    expect(() => assertCanListen(config, accounts)).toThrow(/no admin account/);
    await accounts.add("ada", "admin", PASSWORD);
    expect(() => assertCanListen(config, accounts)).not.toThrow();
  });

  it("loads the sample into a new store once, listens, and closes the store on close", async () => {
    const dir = scratch();
    const sample = scratch();
    writeFileSync(join(sample, "nodes.csv"), NODES_CSV);
    writeFileSync(join(sample, "ties.csv"), TIES_CSV);
    const config = loadConfig({ PORT: "0", WEAVE_DATA_DIR: dir, WEAVE_WEB_DIR: join(dir, "no-dist") });
    const app = await startServer(config, { logLevel: false, sampleDir: sample });
    const { port } = app.server.address() as AddressInfo;
    const graph = await (await fetch(`http://127.0.0.1:${port}/api/graph`)).json();
    expect(graph.actors).toHaveLength(3);
    await app.close();

    const store = new SqliteStore(join(dir, "weave.db"));
    await store.init();
    cleanups.push(() => store.close());
    await store.deleteActor("n1");
    await store.deleteActor("n2");
    await store.deleteActor("ng");
    expect(await loadSampleIntoNewStore(store, sample)).toBeUndefined();
    expect((await store.counts()).actors).toBe(0);
  });

  it("skips a missing sample silently", async () => {
    const store = new SqliteStore(":memory:");
    await store.init();
    cleanups.push(() => store.close());
    expect(await loadSampleIntoNewStore(store, scratch())).toBeUndefined();
  });
});
