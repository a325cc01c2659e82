// Preloaded by test/bench/goals.ts (`node --import …`): at exit, writes the process's CPU time (all
// threads) and peak resident memory to the file named by WEAVE_USAGE_FILE, as one JSON line.
import { writeFileSync } from "node:fs";

const file = process.env.WEAVE_USAGE_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    writeFileSync(file, JSON.stringify({ cpu, peakBytes: usage.maxRSS * 1024 }));
  });
}
