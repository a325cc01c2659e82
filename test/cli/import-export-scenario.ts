import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import writeXlsxFile, { type Row } from "write-excel-file/node";
import { fixturePath } from "../fixtures/read-fixture.js";

const run = promisify(execFile);
const WEAVE = new URL("../../bin/weave.js", import.meta.url).pathname;

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function weave(args: readonly string[], env: Record<string, string>): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [WEAVE, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const sortedLines = (text: string) => text.trim().split("\n").sort();

/** A CSV file of plain cells (no quotes) as sheet rows, numbers as number cells. */
const sheetOf = (text: string): Row[] =>
  text
    .trim()
    .split("\n")
    .map((line) => line.split(",").map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell || null)));

async function workbookOf(sheets: Record<string, Row[]>): Promise<Uint8Array> {
  return new Uint8Array(
    await writeXlsxFile(Object.entries(sheets).map(([sheet, data]) => ({ sheet, data }))).toBuffer(),
  );
}

/**
 * The user's path through `weave import` and `weave export` on real data (s50, with custom columns
 * and dated ties), against whichever store `env` selects. `reset` empties that store.
 */
export function describeImportExport(storeName: string, env: () => Record<string, string>, reset: () => Promise<void>) {
  // Each step starts the real CLI in a new process: seconds on a busy 2-core machine.
  describe(`weave import / export on ${storeName}`, { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "weave-cli-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const nodes = fixturePath("s50", "s50.nodes.csv");
    const ties = fixturePath("s50", "s50.ties.csv");

    it("imports a real network, re-imports it without change, and exports it back unchanged", async () => {
      await reset();
      const first = await weave(["import", nodes, ties], env());
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/actors 50 new, 0 changed, 0 unchanged; ties 142 new, 0 changed, 0 unchanged/);
      const again = await weave(["import", nodes, ties], env());
      expect(again.stdout).toMatch(/actors 0 new, 0 changed, 50 unchanged; ties 0 new, 0 changed, 142 unchanged/);
      const out = join(dir, `export-${storeName}`);
      expect((await weave(["export", "--format", "csv", "--out", out], env())).code).toBe(0);
      for (const [exported, original] of [
        ["nodes.csv", nodes],
        ["ties.csv", ties],
      ] as const) {
        const written = readFileSync(join(out, exported), "utf8");
        const source = readFileSync(original, "utf8");
        expect(written.split("\n")[0], `${exported} header`).toBe(source.split("\n")[0]);
        expect(sortedLines(written), exported).toEqual(sortedLines(source));
      }
    });

    it("imports again without a heap limit when the files need more than the limit, writing them once", async () => {
      await reset();
      const tight = await weave(["import", nodes, ties], { ...env(), WEAVE_IMPORT_HEAP_MB: "1" });
      expect(tight.code).toBe(0);
      expect(tight.stderr).toBe("note: the import needed more than 1 MB of heap; importing again without a limit\n");
      expect(tight.stdout).toMatch(/actors 50 new, 0 changed, 0 unchanged; ties 142 new, 0 changed, 0 unchanged/);
      const again = await weave(["import", nodes, ties], env());
      expect(again.stdout).toMatch(/actors 0 new, 0 changed, 50 unchanged; ties 0 new, 0 changed, 142 unchanged/);
    });

    it("refuses an import with one bad row whole, naming file and line, and keeps the store as it was", async () => {
      await reset();
      await weave(["import", nodes, ties], env());
      const before = await weave(["export", "--format", "json", "--out", join(dir, `before-${storeName}.json`)], env());
      expect(before.code).toBe(0);
      const badNodes = join(dir, "bad.nodes.csv");
      const lines = readFileSync(nodes, "utf8").split("\n");
      lines[1] = "S01,Renamed pupil,resident,3,1,3,2,1,1";
      lines[7] = "S07,Pupil 7,pupil,2,2,2,1,1,1";
      lines.push("S99,New pupil,resident,1,1,1,1,1,1");
      writeFileSync(badNodes, lines.join("\n"));
      const refused = await weave(["import", badNodes, ties], env());
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain(
        'bad.nodes.csv:8:3: kind "pupil" is not one of resident, group, institution, place',
      );
      const after = join(dir, `after-${storeName}.json`);
      await weave(["export", "--format", "json", "--out", after], env());
      expect(readFileSync(after, "utf8")).toBe(readFileSync(join(dir, `before-${storeName}.json`), "utf8"));
    });

    it("restores a JSON backup into an empty store, exactly as it was exported", async () => {
      await reset();
      await weave(["import", nodes, ties], env());
      const backup = join(dir, `backup-${storeName}.json`);
      expect((await weave(["export", "--format", "json", "--out", backup], env())).code).toBe(0);
      await reset();
      const restored = await weave(["import", backup], env());
      expect(restored.stderr).toBe("");
      expect(restored.code).toBe(0);
      const again = join(dir, `restored-${storeName}.json`);
      await weave(["export", "--format", "json", "--out", again], env());
      expect(readFileSync(again, "utf8")).toBe(readFileSync(backup, "utf8"));
    });

    it("exports a workbook, and imports one: unchanged when it is the same, refused whole with a bad row", async () => {
      await reset();
      await weave(["import", nodes, ties], env());
      const workbook = join(dir, `s50-${storeName}.xlsx`);
      expect((await weave(["export", "--format", "xlsx", "--out", workbook], env())).code).toBe(0);
      const again = await weave(["import", workbook], env());
      expect(again.stderr).toBe("");
      expect(again.stdout).toMatch(/actors 0 new, 0 changed, 50 unchanged; ties 0 new, 0 changed, 142 unchanged/);
      const [nodeSheet, tieSheet] = await Promise.all([nodes, ties].map((file) => sheetOf(readFileSync(file, "utf8"))));
      const bad = join(dir, "bad.xlsx");
      nodeSheet?.push(["S99", "New pupil", "martian"]);
      writeFileSync(bad, await workbookOf({ nodes: nodeSheet ?? [], ties: tieSheet ?? [] }));
      const refused = await weave(["import", bad], env());
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('bad.xlsx [nodes]:52:3: kind "martian" is not one of');
      const notWorkbook = await weave(["import", nodes], env());
      expect(notWorkbook.code).not.toBe(0);
      expect(notWorkbook.stderr).toContain("one workbook ending in .xlsx");
    });

    it("writes GEXF and GraphML files", async () => {
      for (const format of ["gexf", "graphml"]) {
        const file = join(dir, `s50-${storeName}.${format}`);
        expect((await weave(["export", "--format", format, "--out", file], env())).code).toBe(0);
        expect(readFileSync(file, "utf8")).toContain('id="S50"');
      }
    });
  });
}
