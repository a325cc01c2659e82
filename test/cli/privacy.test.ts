import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { register as registerErase } from "../../src/cli/commands/erase.js";
import { register as registerExport } from "../../src/cli/commands/export.js";
import type { Actor } from "../../src/model/index.js";
import { loadSampleIntoNewStore, SAMPLE_DIR } from "../../src/server/sample.js";
import { openStore } from "../../src/store/open-store.js";
import { PSEUDONYM_KEY_FILE } from "../../src/store/pseudonym-key.js";
import { SavedViewStore } from "../../src/store/saved-views/saved-view-store.js";
import { WorkshopStore } from "../../src/store/workshops/workshop-store.js";
import { scratchDir } from "../server/harness.js";

const scratch = scratchDir("weave-cli-privacy-");
const dataDir = join(scratch.dir, "data");
let residents: Actor[];

/** Runs one `weave …` command in-process; returns what it printed. */
async function weave(...args: string[]): Promise<string> {
  const program = new Command("weave").exitOverride();
  registerExport(program);
  registerErase(program);
  let printed = "";
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(args, { from: "user" });
  } finally {
    write.mockRestore();
  }
  return printed;
}

function filesHolding(dir: string, text: string): string[] {
  const needle = Buffer.from(text, "utf8");
  return readdirSync(dir).filter((file) => readFileSync(join(dir, file)).includes(needle));
}

beforeAll(async () => {
  vi.stubEnv("WEAVE_DATA_DIR", dataDir);
  vi.stubEnv("NEO4J_URI", "");
  const store = await openStore();
  await loadSampleIntoNewStore(store, SAMPLE_DIR);
  residents = (await store.load()).actors.filter((actor) => actor.kind === "resident");
  await store.close();
});
afterAll(() => {
  vi.unstubAllEnvs();
  scratch.remove();
});

describe("weave export --pseudonymise", () => {
  it("writes every format with pseudonyms for every resident and no notes, keyed by the data folder's secret", async () => {
    for (const format of ["csv", "json", "gexf", "graphml"]) {
      const out = join(scratch.dir, `out-${format}`);
      await weave("export", "--pseudonymise", "--format", format, "--out", out);
      const text = readdirSync(out)
        .map((file) => readFileSync(join(out, file), "utf8"))
        .join("\n");
      expect(residents.filter((actor) => text.includes(actor.name)).map((actor) => actor.name)).toEqual([]);
      expect(text).not.toContain("repair café");
      expect(text).toMatch(/[A-Z][a-z]+ [A-Z][a-z]+/);
    }
    expect(statSync(join(dataDir, PSEUDONYM_KEY_FILE)).mode & 0o777).toBe(0o600);
    // The same installation gives the same pseudonyms on every run.
    const again = join(scratch.dir, "again");
    await weave("export", "--pseudonymise", "--format", "json", "--out", again);
    expect(readFileSync(join(again, "weave.json"), "utf8")).toBe(
      readFileSync(join(scratch.dir, "out-json", "weave.json"), "utf8"),
    );
  });
});

describe("weave erase", () => {
  it("erases the actor and their ties, leaving their name in no file of the data folder", async () => {
    const person = residents.find((actor) => actor.id === "r072") as Actor;
    expect(filesHolding(dataDir, person.name)).not.toEqual([]);
    const printed = await weave("erase", person.id, "--yes");
    expect(printed).toMatch(/^erased r072 and \d+ ties\n$/);
    expect(printed).not.toContain(person.name);
    expect(filesHolding(dataDir, person.name)).toEqual([]);
    const store = await openStore();
    try {
      expect(await store.getActor(person.id)).toBeUndefined();
      expect((await store.load()).ties.some((tie) => tie.source === person.id || tie.target === person.id)).toBe(false);
    } finally {
      await store.close();
    }
  });

  it("removes the erased actor's workshop entries, leaving its id nowhere in workshops.db", async () => {
    const workshops = WorkshopStore.inDataDir(dataDir);
    try {
      const workshop = workshops.open("Evening", "2026-03-12");
      const { participant } = workshops.join(workshop.id);
      workshops.setParticipantActor(participant, "r073");
      workshops.recordItem(workshop.id, { kind: "actor", id: "r074" });
    } finally {
      workshops.close();
    }
    await weave("erase", "r073", "--yes");
    expect(filesHolding(dataDir, "r073")).toEqual([]);
    const after = WorkshopStore.inDataDir(dataDir);
    try {
      const [workshop] = after.list();
      expect(after.items(workshop?.id ?? "")).toEqual([{ kind: "actor", id: "r074" }]);
      expect(after.participants(workshop?.id ?? "")[0]?.actorId).toBeUndefined();
    } finally {
      after.close();
    }
  });

  it("forgets the erased actor as the focus of saved views, leaving its id nowhere in views.db", async () => {
    const views = SavedViewStore.inDataDir(dataDir);
    try {
      views.add("Tonight's focus", { year: 2021, actor: "r075" });
    } finally {
      views.close();
    }
    await weave("erase", "r075", "--yes");
    expect(filesHolding(dataDir, "r075")).toEqual([]);
    const after = SavedViewStore.inDataDir(dataDir);
    try {
      expect(after.list().map((view) => [view.name, view.state.actor])).toEqual([["Tonight's focus", undefined]]);
    } finally {
      after.close();
    }
  });

  it("refuses an unknown id", async () => {
    await expect(weave("erase", "nobody", "--yes")).rejects.toThrow(/nobody/);
  });
});
