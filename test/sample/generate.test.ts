import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeSample } from "../../scripts/sample/generate.js";
import { SAMPLE_FOLDER } from "./read-sample.js";

describe("the sample generator", () => {
  const folder = mkdtempSync(join(tmpdir(), "weave-sample-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("writes the committed data/sample/nodes.csv and ties.csv byte for byte", () => {
    const network = writeSample(folder);
    expect(network.actors).toHaveLength(295);
    for (const file of ["nodes.csv", "ties.csv"]) {
      const written = readFileSync(join(folder, file));
      const committed = readFileSync(join(SAMPLE_FOLDER, file));
      // Compare as text first, so a failure shows the lines that differ.
      expect(written.toString("utf8"), file).toBe(committed.toString("utf8"));
      expect(written.equals(committed), file).toBe(true);
    }
  });
});
