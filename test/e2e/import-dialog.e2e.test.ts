import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import writeXlsxFile, { type Row } from "write-excel-file/node";
import type { Network } from "../../src/model/index.js";
import { launchChromium, screenshot } from "./browser.js";
import { type RunningServer, startWeaveServer } from "./server.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** A spreadsheet as people keep them: the name column in Dutch, a year as a number. */
const NODES: Row[] = [
  ["id", "Naam", "kind", "since"],
  ["ws1", "Fatma Workshop", "resident", 2024],
  ["ws2", "Koen Workshop", "resident", 2024],
  ["wsg", "Workshop choir", "group", 2023],
];
const TIES: Row[] = [
  ["source", "target", "type"],
  ["ws1", "ws2", "knows"],
  ["ws1", "wsg", "member_of"],
];

async function workbook(name: string, sheets: Record<string, Row[]>) {
  const entries = Object.entries(sheets).map(([sheet, data]) => ({ sheet, data }));
  return { name, mimeType: XLSX, buffer: await writeXlsxFile(entries).toBuffer() };
}

describe("the import dialog", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "weave-e2e-import-"));
  let server: RunningServer;
  let page: Page;
  let close: () => Promise<void>;

  const graph = async (): Promise<Network> => (await fetch(`${server.baseUrl}/api/graph`)).json() as Promise<Network>;
  const dialog = () => page.getByTestId("import-dialog");

  beforeAll(async () => {
    server = await startWeaveServer(dataDir, inject("webDir"));
    const browser = await launchChromium();
    close = browser.close;
    page = await browser.context.newPage();
    await page.goto(server.baseUrl);
    await page.getByTestId("count-actors").waitFor();
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("reports a bad row with its sheet, line and column, and imports nothing", async () => {
    const before = await graph();
    await page.getByTestId("header-menu").locator("summary").click();
    await page.getByTestId("open-import").click();
    const bad = await workbook("bad.xlsx", {
      nodes: [...NODES, ["ws3", "Zork", "martian", 2024]],
      ties: TIES,
    });
    await dialog().getByTestId("import-file-workbook").setInputFiles(bad);
    const preview = dialog().getByTestId("import-preview-nodes");
    await expect.poll(() => preview.locator("td").first().textContent()).toBe("ws1");
    await expect.poll(() => dialog().getByTestId("import-missing-nodes").textContent()).toContain("name");
    await dialog().getByTestId("import-map-nodes-Naam").selectOption("name");
    expect(await dialog().getByTestId("import-missing-nodes").count()).toBe(0);
    await dialog().getByTestId("import-submit").click();
    const problems = dialog().getByTestId("import-problems");
    await problems.waitFor();
    expect(await problems.textContent()).toContain('bad.xlsx [nodes], line 5, column 3: kind "martian" is not one of');
    await screenshot(page, "import-01-refused-en");
    const after = await graph();
    expect(after.actors).toHaveLength(before.actors.length);
    expect(after.actors.some((actor) => actor.id.startsWith("ws"))).toBe(false);
  });

  it("then imports a good workbook, and remembers the column mapping for the next upload", async () => {
    await dialog()
      .getByTestId("import-file-workbook")
      .setInputFiles(await workbook("good.xlsx", { nodes: NODES, ties: TIES }));
    await expect.poll(() => dialog().getByTestId("import-map-nodes-Naam").inputValue()).toBe("name");
    await dialog().getByTestId("import-submit").click();
    const done = dialog().getByTestId("import-done");
    await done.waitFor();
    expect(await done.textContent()).toContain("Imported: 3 new and 0 changed actors, 2 new and 0 changed ties");
    const network = await graph();
    expect(network.actors.find((actor) => actor.id === "ws1")).toMatchObject({ name: "Fatma Workshop", since: 2024 });
    expect(network.ties.filter((tie) => tie.source === "ws1")).toHaveLength(2);

    await page.reload();
    await page.getByTestId("count-actors").waitFor();
    await page.getByTestId("header-menu").locator("summary").click();
    await page.getByTestId("open-import").click();
    await dialog()
      .getByTestId("import-file-workbook")
      .setInputFiles(await workbook("again.xlsx", { nodes: NODES, ties: TIES }));
    await expect.poll(() => dialog().getByTestId("import-map-nodes-Naam").inputValue()).toBe("name");
  });
});
