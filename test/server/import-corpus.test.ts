import { afterAll, describe, expect } from "vitest";
import type { CsvFile } from "../../src/io/index.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";
import { BAD_INPUT_CASES } from "../store/bad-input-cases.js";
import { caseFiles, eachCase, expectClearIssues, expectedIssues } from "../store/bad-input-suite.js";
import { errorCode, openModeToken, scratchDir, startTestApp, type TestApp } from "./harness.js";

/** A multipart/form-data body holding the two files byte for byte, as a browser sends them. */
function form(files: Record<"nodes" | "ties", CsvFile>): { payload: Buffer; headers: Record<string, string> } {
  const boundary = "----weave-corpus-boundary";
  const parts = Object.entries(files).flatMap(([field, file]) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.from(file.bytes),
    Buffer.from("\r\n"),
  ]);
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

const scratch = scratchDir("weave-import-corpus-");
let count = 0;
let t: TestApp | undefined;
let csrf: string;
/** The store's version right after s50 was imported. */
let s50Version = -1;

/** An app on a store holding just s50; made again only when a case (a known bug) changed the store. */
async function appWithS50(): Promise<TestApp> {
  if (t !== undefined && (await t.store.version()) === s50Version) return t;
  if (t !== undefined) await closeApp(t);
  const store = new SqliteStore(`${scratch.dir}/corpus-${++count}.db`);
  await store.init();
  await store.importNetwork(readFixtureNetwork("s50"));
  s50Version = await store.version();
  t = await startTestApp(store);
  csrf = await openModeToken(t.app);
  return t;
}

async function closeApp(app: TestApp): Promise<void> {
  await app.close();
  await app.store.close();
}

afterAll(async () => {
  if (t !== undefined) await closeApp(t);
  scratch.remove();
});

describe("POST /api/import refuses every refused case of the bad-input corpus with a coded 4xx", () => {
  eachCase(
    async (c) => {
      if (!("refused" in c.outcome)) throw new Error("only refused cases belong here");
      const { app, store } = await appWithS50();
      const before = await store.load();
      const version = await store.version();
      const body = form(caseFiles(c));
      const response = await app.inject({
        method: "POST",
        url: "/api/import",
        headers: { ...body.headers, "x-csrf-token": csrf },
        payload: body.payload,
      });
      expect(response.statusCode).toBe(400);
      expect(errorCode(response)).toBe("invalid_input");
      const issues = response.json().error.issues;
      expect(
        issues.map(({ file, line, column, message }: Record<string, unknown>) => ({ file, line, column, message })),
      ).toEqual(expectedIssues(c.outcome.refused));
      expectClearIssues(issues);
      expect(await store.load()).toEqual(before);
      expect(await store.version()).toBe(version);
    },
    BAD_INPUT_CASES.filter((c) => "refused" in c.outcome),
  );
});
