import type { Network } from "../../model/index.js";
import { viewFigures } from "./view-figures.js";

export interface ViewFiguresRequest {
  readonly id: number;
  readonly network: Network;
}

/** Betweenness on thousands of actors takes seconds: it runs here, never on the page's thread. */
self.onmessage = (event: MessageEvent<ViewFiguresRequest>) => {
  const { id, network } = event.data;
  try {
    self.postMessage({ id, figures: viewFigures(network) });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
