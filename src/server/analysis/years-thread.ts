import type { Clusters } from "../../analysis/clusters.js";
import type { AnalyseOptions, YearsPart } from "../../analysis/report.js";
import type { Network } from "../../model/index.js";
import { startTypeScriptWorker } from "./start-typescript-worker.js";

const WORKER_ENTRY = new URL("./years-worker.ts", import.meta.url);

/** What the thread is sent, once: the network whose years it measures, and the analysis' options. */
export interface YearsJob {
  readonly network: Network;
  readonly options: Partial<AnalyseOptions>;
}

/** What the thread sends back: the whole network's clusters first, then the years. */
export type YearsThreadMessage = { readonly wholeClusters: Clusters } | { readonly years: YearsPart };

/** What the thread measured, as it arrives. */
export interface YearsMeasured {
  readonly wholeClusters: Promise<Clusters>;
  readonly years: Promise<YearsPart>;
}

/**
 * A thread that measures the whole network's clusters and the years of one analysis of every year
 * (`measureYearsApart`, report.ts) on its own copy of the network. Started before the network is read,
 * so that it has started by the time the network is there.
 */
export interface YearsThread {
  /** Sends the network over; the thread ends after its years. */
  measure(job: YearsJob): YearsMeasured;
  /** Ends the thread, whatever it is doing (not needed after all, or the analysis failed). */
  stop(): Promise<void>;
}

export function startYearsThread(): YearsThread {
  const worker = startTypeScriptWorker(WORKER_ENTRY);
  const wholeClusters = settleable<Clusters>();
  const years = settleable<YearsPart>();
  const fail = (error: unknown) => {
    wholeClusters.reject(error);
    years.reject(error);
  };
  worker.on("message", (message: YearsThreadMessage) => {
    if ("wholeClusters" in message) wholeClusters.resolve(message.wholeClusters);
    else years.resolve(message.years);
  });
  worker.on("error", fail);
  // After the years (its last message) this changes nothing.
  worker.on("exit", (code) => fail(new Error(`the years thread ended (code ${code}) before it measured the years`)));
  // Started early, it must not keep the process alive when the analysis fails before sending it anything.
  worker.unref();
  return {
    measure(job) {
      worker.ref();
      worker.postMessage(job);
      return { wholeClusters: wholeClusters.promise, years: years.promise };
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/** A promise settled from outside; until awaited, its rejection does not count as unhandled. */
function settleable<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((onValue, onError) => {
    resolve = onValue;
    reject = onError;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
