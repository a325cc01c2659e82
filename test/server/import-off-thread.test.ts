import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CsvFile, readNetworkCsv } from "../../src/io/index.js";
import { type Actor, type ActorKind, type Network, type Tie, ValidationError } from "../../src/model/index.js";
import { importSourceOffThread } from "../../src/server/import/import-off-thread.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { fixturePath } from "../fixtures/read-fixture.js";
import { multipart, NODES_CSV, TIES_CSV } from "./fixtures.js";
import { openModeToken, scratchDir, startTestApp, type TestApp } from "./harness.js";

const file = (name: string) => ({ name, bytes: readFileSync(fixturePath("s50", name)) });
type Files = { nodes: CsvFile; ties: CsvFile };
const S50 = (): Files => ({ nodes: file("s50.nodes.csv"), ties: file("s50.ties.csv") });

/** Checks and reads the whole source as a store would, against these stored kinds. */
async function readOffThread(files: Files, stored: Map<string, { kind: ActorKind }> = new Map()): Promise<Network> {
  const source = importSourceOffThread(files);
  try {
    const issues = await source.check(stored, async () => []);
    if (issues.length > 0) throw new ValidationError(issues);
    const network: { actors: Actor[]; ties: Tie[] } = { actors: [], ties: [] };
    for await (const batch of source.actors()) network.actors.push(...batch);
    for await (const batch of source.ties()) network.ties.push(...batch);
    return network;
  } finally {
    await source.close();
  }
}

describe("reading an import on a worker thread", () => {
  it("gives the same network as reading it here, and the same located problems", async () => {
    const here = S50();
    expect(await readOffThread(S50())).toEqual(readNetworkCsv(here.nodes, here.ties));
    const swapped = { nodes: here.ties, ties: here.nodes };
    const issuesHere = (() => {
      try {
        readNetworkCsv(swapped.nodes, swapped.ties);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    const there = await readOffThread({ nodes: S50().ties, ties: S50().nodes }).catch((error: unknown) => error);
    expect(there).toBeInstanceOf(ValidationError);
    expect((there as ValidationError).issues).toEqual((issuesHere as ValidationError).issues);
  }, 30_000);

  it("lets ties point at stored actors", async () => {
    const network = await readOffThread(
      {
        nodes: { name: "nodes.csv", bytes: new TextEncoder().encode("id,name,kind\nr1,Ann,resident\n") },
        ties: { name: "ties.csv", bytes: new TextEncoder().encode("source,target,type\nr1,r9,knows\n") },
      },
      new Map([["r9", { kind: "resident" as const }]]),
    );
    expect(network.ties.map((tie) => tie.target)).toEqual(["r9"]);
  }, 30_000);

  it("leaves this thread free while it reads: a timer set after the call runs before the answer", async () => {
    const order: string[] = [];
    const reading = readOffThread(S50()).then(() => order.push("read"));
    setTimeout(() => order.push("timer"), 0);
    await reading;
    expect(order).toEqual(["timer", "read"]);
  }, 30_000);
});

describe("POST /api/import of a 100,000-column nodes.csv", () => {
  const scratch = scratchDir("weave-import-thread-");
  let t: TestApp;
  beforeAll(async () => {
    const store = new SqliteStore(`${scratch.dir}/weave.db`);
    await store.init();
    t = await startTestApp(store);
  });
  afterAll(async () => {
    await t.close();
    await t.store.close();
    scratch.remove();
  });

  it("is refused with the column limit while /api/health keeps answering", async () => {
    const header = ["id", "name", "kind", ...Array.from({ length: 100_000 }, (_, i) => `c${i}`)].join(",");
    const form = multipart({ nodes: `${header}\nr1,Ann,resident\n`, ties: TIES_CSV });
    const csrf = await openModeToken(t.app);
    let pending = true;
    const upload = t.app
      .inject({
        method: "POST",
        url: "/api/import",
        headers: { ...form.headers, "x-csrf-token": csrf },
        payload: form.payload,
      })
      .finally(() => {
        pending = false;
      });
    const healthWhileUploading: number[] = [];
    while (pending) {
      const health = await t.app.inject({ method: "GET", url: "/api/health" });
      expect(health.statusCode).toBe(200);
      if (pending) healthWhileUploading.push(health.statusCode);
      // Let the event loop take in the worker's answer between requests.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const response = await upload;
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([
      {
        file: "nodes.csv",
        line: 1,
        message: "the header has more than 1,000 fields; at most 1,000 columns are allowed",
      },
    ]);
    expect(healthWhileUploading.length).toBeGreaterThan(0);
    const valid = multipart({ nodes: NODES_CSV, ties: TIES_CSV });
    const imported = await t.app.inject({
      method: "POST",
      url: "/api/import",
      headers: { ...valid.headers, "x-csrf-token": csrf },
      payload: valid.payload,
    });
    expect(imported.json()).toMatchObject({ actorsCreated: 3, tiesCreated: 2 });
  }, 30_000);
});
