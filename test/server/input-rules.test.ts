import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { multipart } from "./fixtures.js";
import { openModeToken, scratchDir, startTestApp, type TestApp } from "./harness.js";

/** The API and the import refuse the same text: one set of limits and one control-character rule. */
describe("the API and import apply the model's text rules alike", () => {
  const scratch = scratchDir("weave-input-rules-");
  let t: TestApp;
  let csrf: string;
  beforeAll(async () => {
    const store = new SqliteStore(`${scratch.dir}/weave.db`);
    await store.init();
    t = await startTestApp(store);
    csrf = await openModeToken(t.app);
  });
  afterAll(async () => {
    await t.close();
    await t.store.close();
    scratch.remove();
  });
  const post = (url: string, payload: object) =>
    t.app.inject({ method: "POST", url, headers: { "x-csrf-token": csrf }, payload });
  const messages = (body: string) =>
    (JSON.parse(body) as { error: { issues?: { message: string }[] } }).error.issues?.map((issue) => issue.message);

  it("refuses control characters in an actor's name and a tie's note, but keeps line breaks in notes", async () => {
    const bell = await post("/api/actors", { id: "r1", name: "Ann\u0007", kind: "resident" });
    expect(bell.statusCode).toBe(400);
    expect(messages(bell.body)).toEqual(["name holds the control character U+0007"]);
    const withEscape = await post("/api/actors", { id: "r\u001b1", name: "Ann", kind: "resident" });
    expect(messages(withEscape.body)).toEqual(['id "r<U+001B>1" holds the control character U+001B']);
    expect((await post("/api/actors", { id: "r1", name: "Ann", kind: "resident", notes: "a\n\tb" })).statusCode).toBe(
      201,
    );
    expect((await post("/api/actors", { id: "r2", name: "Bob", kind: "resident" })).statusCode).toBe(201);
    const note = await post("/api/ties", { source: "r1", target: "r2", type: "knows", note: "hi\u0000" });
    expect(messages(note.body)).toEqual([
      "note holds the control character U+0000; only tab and line breaks are allowed",
    ]);
    expect((await t.store.load()).actors.map((actor) => actor.id)).toEqual(["r1", "r2"]);
  });

  it("refuses through import the name length the API refuses", async () => {
    const long = "n".repeat(201);
    expect((await post("/api/actors", { id: "r3", name: long, kind: "resident" })).statusCode).toBe(400);
    const form = multipart({ nodes: `id,name,kind\nr3,${long},resident\n`, ties: "source,target,type\n" });
    const imported = await t.app.inject({
      method: "POST",
      url: "/api/import",
      headers: { ...form.headers, "x-csrf-token": csrf },
      payload: form.payload,
    });
    expect(imported.statusCode).toBe(400);
    expect(messages(imported.body)).toEqual(["name is 201 characters long; at most 200 are allowed"]);
  }, 30_000);
});
