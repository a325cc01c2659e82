import type { LegendModel } from "../graph/legend.js";
import type { WeaveSigma } from "../graph/views/sigma-context.js";
import { drawLegend } from "./legend-drawing.js";

/**
 * The graph as the user sees it, with its legend, as a PNG. Sigma's WebGL canvases keep their
 * picture only until the browser presents it, so they are redrawn and copied in the same task.
 * Without a legend or a title (the report sets its legend beside the map), only the map is drawn.
 */
export function renderPng(sigma: WeaveSigma, legend: LegendModel | undefined, title: string): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const ratio = globalThis.devicePixelRatio || 1;
  const output = document.createElement("canvas");
  output.width = Math.round(width * ratio);
  output.height = Math.round(height * ratio);
  const context = output.getContext("2d");
  if (context === null) return Promise.reject(new Error("no 2D canvas"));
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, output.width, output.height);
  sigma.refresh();
  const canvases = sigma.getCanvases();
  for (const layer of ["edges", "nodes", "edgeLabels", "labels"]) {
    const canvas = canvases[layer];
    if (canvas !== undefined) context.drawImage(canvas, 0, 0, output.width, output.height);
  }
  context.scale(ratio, ratio);
  if (title !== "") {
    context.fillStyle = "#222222";
    context.font = "bold 16px system-ui, sans-serif";
    context.fillText(title, 14, 24);
  }
  if (legend !== undefined) drawLegend(context, legend, height);
  return new Promise((resolve, reject) => {
    output.toBlob(
      (blob) => (blob === null ? reject(new Error("the PNG could not be made")) : resolve(blob)),
      "image/png",
    );
  });
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
