import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BUNDLE = fileURLToPath(new URL("../../build/cli/analyse-cli.cjs", import.meta.url));

describe("the analyse bundle (bin/build.js)", () => {
  // That the threads still start, through the module loaded late, analyse-node-flags.test.ts shows.
  it("loads child_process and worker_threads only when they are first used", () => {
    const script = `
      require(${JSON.stringify(BUNDLE)});
      const loaded = (name) => process.moduleLoadList.includes("NativeModule " + name);
      console.log(JSON.stringify([loaded("child_process"), loaded("worker_threads")]));`;
    expect(JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }))).toEqual([false, false]);
  });
});
