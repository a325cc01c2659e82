import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Network } from "../../src/model/index.js";
import type { Analyse } from "../../src/server/analysis/analysis-options.js";
import { type AppConfig, buildApp } from "../../src/server/app.js";
import type { ChangeBus } from "../../src/server/events.js";
import { AccountStore } from "../../src/store/accounts/account-store.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import type { WorkshopStore } from "../../src/store/workshops/workshop-store.js";

export type OpenStore = () => Promise<GraphStore>;

export const PASSWORD = "correct horse battery";

/** A scratch directory removed by the returned function. */
export function scratchDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Headers that act as one logged-in account: its session cookie and CSRF token. */
export interface Credentials {
  readonly cookie: string;
  readonly csrf: string;
}

export async function login(app: FastifyInstance, name: string, password = PASSWORD): Promise<Credentials> {
  const response = await app.inject({ method: "POST", url: "/api/session", payload: { name, password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === "weave_session");
  if (cookie === undefined) throw new Error("no session cookie");
  return { cookie: `weave_session=${cookie.value}`, csrf: response.json().csrfToken };
}

/** Adds viewer, editor and admin accounts (named after their role) unless they exist. */
export async function addRoleAccounts(accounts: AccountStore): Promise<void> {
  for (const role of ["viewer", "editor", "admin"] as const) {
    if (!accounts.list().some((account) => account.name === role)) await accounts.add(role, role, PASSWORD);
  }
}

export function headersOf(credentials: Credentials | undefined): Record<string, string> {
  return credentials === undefined ? {} : { cookie: credentials.cookie, "x-csrf-token": credentials.csrf };
}

/** The CSRF token of the open (no accounts, loopback) mode. */
export async function openModeToken(app: FastifyInstance): Promise<string> {
  return (await app.inject({ method: "GET", url: "/api/session" })).json().csrfToken;
}

/** A stand-in analysis that counts its calls, so caching can be seen. */
export function countingAnalysis(): { analyse: Analyse; calls: () => number } {
  let calls = 0;
  return {
    analyse: (network: Network, options) => {
      calls++;
      return { actors: network.actors.length, ties: network.ties.length, options };
    },
    calls: () => calls,
  };
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly store: GraphStore;
  readonly accounts: AccountStore;
  close(): Promise<void>;
}

/**
 * The app over `store`, with throw-away accounts unless `accounts` is given. It analyses with a
 * counting stand-in unless `analyse` is given, or "pool" for the app's own worker pool; `config`
 * adds to the host, heartbeat and proxy options.
 */
export async function startTestApp(
  store: GraphStore,
  options: {
    host?: string;
    accounts?: AccountStore;
    analyse?: Analyse | "pool";
    config?: Partial<AppConfig>;
    heartbeatMs?: number;
    trustProxy?: string;
    workshops?: WorkshopStore;
    bus?: ChangeBus;
  } = {},
): Promise<TestApp> {
  const scratch = options.accounts === undefined ? scratchDir("weave-accounts-") : undefined;
  const accounts = options.accounts ?? AccountStore.inDataDir(scratch?.dir ?? "");
  const app = await buildApp({
    store,
    accounts,
    workshops: options.workshops,
    bus: options.bus,
    analyse: options.analyse === "pool" ? undefined : (options.analyse ?? countingAnalysis().analyse),
    config: {
      host: options.host ?? "127.0.0.1",
      heartbeatMs: options.heartbeatMs,
      trustProxy: options.trustProxy,
      ...options.config,
    },
    logLevel: false,
  });
  return {
    app,
    store,
    accounts,
    close: async () => {
      await app.close();
      if (scratch !== undefined) {
        accounts.close();
        scratch.remove();
      }
    },
  };
}

export function errorCode(response: LightMyRequestResponse): string | undefined {
  return (response.json() as { error?: { code?: string } }).error?.code;
}
