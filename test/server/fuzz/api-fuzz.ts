import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { analyseForApi } from "../../../src/server/analysis/analyse-for-api.js";
import { buildApp } from "../../../src/server/app.js";
import { AccountStore } from "../../../src/store/accounts/account-store.js";
import type { GraphStore } from "../../../src/store/graph-store.js";
import { SEED_ACTORS, SEED_TIES, seed } from "../fixtures.js";
import { addRoleAccounts, scratchDir } from "../harness.js";
import { type Schema, schemaProblems } from "./json-schema.js";
import {
  type FuzzRequest,
  type OpenApiDocument,
  type Operation,
  operationsOf,
  requestsFor,
} from "./openapi-requests.js";

/** Routes the fuzzer leaves alone, and why. */
const SKIPPED: Readonly<Record<string, string>> = {
  "GET /api/events": "a stream that never ends; test/server/event-access.test.ts covers it",
};

/** Answers the document does not list, accepted for now (their bodies are still checked as errors). */
const UNDOCUMENTED_ALLOWED: Readonly<Record<string, string>> = {
  "GET /api/export": "transfer.ts declares only its 200 (a file)",
};

export interface FuzzReport {
  readonly requests: number;
  readonly byStatus: Record<number, number>;
  /** Requests meant to be valid that succeeded (2xx or 304). */
  readonly accepted: number;
  readonly serverErrors: string[];
  readonly mismatches: string[];
  /** Operations whose success body has no schema worth checking (an open object, or a file). */
  readonly unvalidated: string[];
  readonly generatedMs: number;
  readonly sentMs: number;
}

/** Operations drawn less often, and why: each valid account costs a deliberately slow scrypt hash. */
const RARE: ReadonlySet<string> = new Set(["POST /api/users"]);

const key = (operation: Operation) => `${operation.method} ${operation.path}`;

function documentedResponse(operation: Operation, status: number) {
  return operation.responses[String(status)] ?? operation.responses[`${Math.floor(status / 100)}XX`];
}

function isOpenObject(schema: Schema): boolean {
  return schema.properties === undefined && schema.items === undefined && schema.type === "object";
}

/** What is wrong with one answer, by the document; empty when it fits. */
function responseProblems(
  request: FuzzRequest,
  response: LightMyRequestResponse,
  errorSchema: Schema,
  unvalidated: Set<string>,
): string[] {
  const where = `${request.method} ${request.url.slice(0, 120)} → ${response.statusCode}`;
  const documented = documentedResponse(request.operation, response.statusCode);
  if (documented === undefined && !(response.statusCode >= 400 && key(request.operation) in UNDOCUMENTED_ALLOWED)) {
    return [`${where}: status not in the document`];
  }
  if (response.statusCode === 204 || response.statusCode === 304) {
    return response.body === "" ? [] : [`${where}: a body on a ${response.statusCode}`];
  }
  // An operation may answer in another documented type (format=csv): that body is not JSON to check.
  const baseType = (type: string) => type.split(";")[0]?.trim() ?? "";
  const answeredType = baseType(String(response.headers["content-type"] ?? ""));
  const documentedTypes = Object.keys(documented?.content ?? {}).map(baseType);
  if (answeredType !== "application/json" && documentedTypes.includes(answeredType)) return [];
  const schema =
    documented?.content?.["application/json"]?.schema ?? (response.statusCode >= 400 ? errorSchema : undefined);
  if (schema === undefined || isOpenObject(schema)) {
    unvalidated.add(key(request.operation));
    return [];
  }
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return [`${where}: not JSON: ${response.body.slice(0, 80)}`];
  }
  return schemaProblems(schema, body).map((problem) => `${where}: ${problem}`);
}

/**
 * Sends `requests` requests drawn (with `seed`) from every operation of the app's own OpenAPI
 * document, as a logged-in admin, over app.inject, and checks each answer against the document.
 */
export async function fuzzApi(store: GraphStore, options: { requests: number; seed: number }): Promise<FuzzReport> {
  await seed(store);
  const scratch = scratchDir("weave-fuzz-");
  const accounts = AccountStore.inDataDir(scratch.dir);
  await addRoleAccounts(accounts);
  const app = await buildApp({
    store,
    accounts,
    analyse: analyseForApi,
    config: { host: "127.0.0.1", warmAnalysisAfterMs: false },
    logLevel: false,
  });
  try {
    const admin = accounts.list().find((account) => account.name === "admin");
    if (admin === undefined) throw new Error("no admin account");
    let headers = { cookie: "", csrf: "" };
    let token = "";
    const logIn = async () => {
      token = accounts.startSession(admin).token;
      const session = await app.inject({ method: "GET", url: "/api/session", cookies: { weave_session: token } });
      headers = { cookie: `weave_session=${token}`, csrf: session.json().csrfToken };
    };
    await logIn();

    const document = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as OpenApiDocument;
    const operations = operationsOf(document).filter((operation) => !(key(operation) in SKIPPED));
    const errorSchema = operations
      .map((operation) => operation.responses["4XX"]?.content?.["application/json"]?.schema)
      .find((schema) => schema !== undefined) as Schema;
    const actorIds = [...SEED_ACTORS.map((actor) => actor.id), "f1", "f2", "f3"];
    const tieIds = SEED_TIES.map((tie) => tie.id);
    const hintsFor = (operation: Operation) => ({
      id: fc.constantFrom(...(operation.path.startsWith("/api/ties") ? tieIds : actorIds)),
      source: fc.constantFrom(...actorIds),
      target: fc.constantFrom(...actorIds),
      name: fc.constantFrom("admin", "viewer", "editor", "nobody"),
    });
    const all = fc.oneof(
      ...operations.map((operation) => ({
        weight: RARE.has(key(operation)) ? 1 : 5,
        arbitrary: requestsFor(operation, hintsFor(operation)),
      })),
    );
    const started = performance.now();
    const requests = fc.sample(all, { seed: options.seed, numRuns: options.requests });
    const generatedMs = performance.now() - started;

    const byStatus: Record<number, number> = {};
    const serverErrors: string[] = [];
    const mismatches: string[] = [];
    const unvalidated = new Set<string>();
    let accepted = 0;
    for (const request of requests) {
      const response = await app.inject({
        method: request.method as "GET",
        url: request.url,
        headers: {
          cookie: headers.cookie,
          ...(request.withCsrf ? { "x-csrf-token": headers.csrf } : {}),
          ...request.headers,
        },
        ...(request.payload === undefined ? {} : { payload: request.payload }),
      });
      byStatus[response.statusCode] = (byStatus[response.statusCode] ?? 0) + 1;
      if (response.statusCode >= 500)
        serverErrors.push(
          `${request.method} ${request.url.slice(0, 120)} → ${response.statusCode} ${response.body.slice(0, 200)}`,
        );
      if (request.valid && (response.statusCode < 300 || response.statusCode === 304)) accepted++;
      mismatches.push(...responseProblems(request, response, errorSchema, unvalidated));
      // A fuzzed logout ends the session the fuzzer works with; start another.
      if (accounts.findSession(token) === undefined) await logIn();
    }
    return {
      requests: requests.length,
      byStatus,
      accepted,
      serverErrors,
      mismatches,
      unvalidated: [...unvalidated].sort(),
      generatedMs,
      sentMs: performance.now() - started - generatedMs,
    };
  } finally {
    await app.close();
    accounts.close();
    scratch.remove();
  }
}
