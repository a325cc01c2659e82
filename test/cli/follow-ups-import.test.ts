import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { tieId } from "../../src/model/index.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { followUp } from "../store/follow-up-contract.js";
import { weave } from "./import-export-scenario.js";

const dir = mkdtempSync(join(tmpdir(), "weave-cli-follow-ups-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("weave import closes the follow-up whose tie it records", { timeout: 60_000 }, async () => {
  const nodes = join(dir, "nodes.csv");
  writeFileSync(nodes, "id,name,kind\nr1,Noor,resident\nr2,Sam,resident\n");
  writeFileSync(join(dir, "none.csv"), "source,target,type\n");
  writeFileSync(join(dir, "ties.csv"), "source,target,type\nr2,r1,knows\n");
  const env = { WEAVE_DATA_DIR: join(dir, "data"), NEO4J_URI: "" };
  expect((await weave(["import", nodes, join(dir, "none.csv")], env)).code).toBe(0);

  const path = join(dir, "data", "weave.db");
  const before = new SqliteStore(path);
  await before.init();
  await before.createFollowUp(
    followUp("f1", { about: ["r1", "r2"], tie: { type: "knows", source: "r1", target: "r2" } }),
  );
  await before.close();

  const imported = await weave(["import", nodes, join(dir, "ties.csv")], env);
  expect(imported.stderr).toBe("");
  const after = new SqliteStore(path);
  await after.init();
  expect(await after.getFollowUp("f1")).toMatchObject({ status: "connected", closedByTie: tieId("knows", "r1", "r2") });
  await after.close();
});
