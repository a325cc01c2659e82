import { useEffect, useRef, useState } from "react";
import type { Network } from "../../model/index.js";
import type { ViewFigures } from "./view-figures.js";

/** Figures of the filtered view from a Web Worker; only the latest request's answer is kept. */
export function useViewFigures(network: Network | undefined): ViewFigures | undefined {
  const worker = useRef<Worker | undefined>(undefined);
  const latest = useRef(0);
  const [figures, setFigures] = useState<ViewFigures>();

  useEffect(() => {
    const instance = new Worker(new URL("./view-figures.worker.ts", import.meta.url), { type: "module" });
    instance.onmessage = (event: MessageEvent<{ id: number; figures?: ViewFigures }>) => {
      if (event.data.id === latest.current && event.data.figures !== undefined) setFigures(event.data.figures);
    };
    worker.current = instance;
    return () => instance.terminate();
  }, []);

  useEffect(() => {
    setFigures(undefined);
    if (network === undefined || worker.current === undefined) return;
    latest.current += 1;
    worker.current.postMessage({ id: latest.current, network });
  }, [network]);

  return figures;
}
