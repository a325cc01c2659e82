import { parentPort } from "node:worker_threads";
import { measureYearsApart } from "../../analysis/report.js";
import type { YearsJob, YearsThreadMessage } from "./years-thread.js";

// The entry of a years thread (years-thread.ts): one network in, its whole clusters and years out, then it ends.
if (parentPort === null) throw new Error("years-worker.ts runs only as a worker thread");
const port = parentPort;
port.once("message", ({ network, options }: YearsJob) => {
  const years = measureYearsApart(network, options, (wholeClusters) => {
    port.postMessage({ wholeClusters } satisfies YearsThreadMessage);
  });
  port.postMessage({ years } satisfies YearsThreadMessage);
});
