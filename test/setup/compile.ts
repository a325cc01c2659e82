import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Global setup of the tiers that run `weave` as a process: compiles src/ into build/ when it changed,
 * before any test starts, so they run the JavaScript that ships (bin/weave.js runs build/) and no two
 * of them compile at once. A second tier in the same run finds it fresh and leaves it alone.
 */
export default function setup(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL("../../bin/build.js", import.meta.url)), "--if-stale"], {
    stdio: "inherit",
  });
}
