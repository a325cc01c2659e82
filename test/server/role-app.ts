import type { LightMyRequestResponse } from "fastify";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { AccountStore } from "../../src/store/accounts/account-store.js";
import type { Role } from "../../src/store/accounts/roles.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import {
  addRoleAccounts,
  type Credentials,
  headersOf,
  login,
  type OpenStore,
  scratchDir,
  startTestApp,
  type TestApp,
} from "./harness.js";

export type Who = Role | "anonymous";

export interface RoleApp {
  readonly t: TestApp;
  readonly store: GraphStore;
  /** The accounts behind the app, shared by every test of the suite. */
  readonly accounts: AccountStore;
  readonly credentials: ReadonlyMap<Role, Credentials>;
  /** A request as one of the accounts (cookie and CSRF token), or as nobody. */
  request(
    who: Who,
    method: string,
    url: string,
    payload?: object,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

/**
 * What API suites repeat: viewer, editor and admin accounts made once, and before each test a fresh
 * store from `open`, filled by `fill`, and the app over it (with `appOptions`), closed after it.
 */
export function useRoleApp(
  open: OpenStore,
  fill: (store: GraphStore) => Promise<void>,
  appOptions: () => Parameters<typeof startTestApp>[1] = () => ({}),
): RoleApp {
  const scratch = scratchDir("weave-role-accounts-");
  const credentials = new Map<Role, Credentials>();
  let accounts: AccountStore;
  let store: GraphStore | undefined;
  let t: TestApp | undefined;

  beforeAll(async () => {
    accounts = AccountStore.inDataDir(scratch.dir);
    await addRoleAccounts(accounts);
  });
  afterAll(() => {
    accounts.close();
    scratch.remove();
  });
  beforeEach(async () => {
    store = await open();
    await fill(store);
    t = await startTestApp(store, { ...appOptions(), accounts });
    if (credentials.size === 0) {
      for (const role of ["viewer", "editor", "admin"] as const) credentials.set(role, await login(t.app, role));
    }
  });
  afterEach(async () => {
    await t?.close();
    await store?.close();
  });

  return {
    get t() {
      return t as TestApp;
    },
    get store() {
      return store as GraphStore;
    },
    get accounts() {
      return accounts;
    },
    credentials,
    request: (who, method, url, payload, headers = {}) =>
      (t as TestApp).app.inject({
        method: method as "GET",
        url,
        headers: { ...headersOf(who === "anonymous" ? undefined : credentials.get(who)), ...headers },
        ...(payload === undefined ? {} : { payload }),
      }),
  };
}
