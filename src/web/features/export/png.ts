import type { LegendModel } from "../graph/legend.js";
import type { WeaveSigma } from "../graph/views/sigma-context.js";
import { canvasMeasure, drawLegendColumn, POSTER_WIDTH, pictureLayout } from "./legend-drawing.js";
import { renderSvg } from "./svg.js";

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error("the PNG could not be made")) : resolve(blob)),
      "image/png",
    );
  });
}

function blankCanvas(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width);
  canvas.height = Math.round(height);
  const context = canvas.getContext("2d");
  if (context === null) throw new Error("no 2D canvas");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  return { canvas, context };
}

/**
 * The graph as the user sees it, with the title and legend in a column beside it, as a PNG. Sigma's
 * WebGL canvases keep their picture only until the browser presents it, so they are redrawn and
 * copied in the same task. Without a legend (the report sets its own beside the map), only the map
 * is drawn. A poster (4000 px wide) is drawn from the SVG, so it stays sharp when scaled up.
 */
export async function renderPng(
  sigma: WeaveSigma,
  legend: LegendModel | undefined,
  title: string,
  options: { readonly poster?: boolean } = {},
): Promise<Blob> {
  if (legend !== undefined && options.poster === true) return posterPng(sigma, legend, title);
  const { width, height } = sigma.getDimensions();
  const ratio = globalThis.devicePixelRatio || 1;
  const scratch = document.createElement("canvas").getContext("2d");
  const layout =
    legend === undefined || scratch === null
      ? undefined
      : pictureLayout({ width, height }, legend, title, canvasMeasure(scratch));
  const { canvas, context } = blankCanvas((layout?.width ?? width) * ratio, (layout?.height ?? height) * ratio);
  sigma.refresh();
  const canvases = sigma.getCanvases();
  for (const layer of ["edges", "nodes", "edgeLabels", "labels"]) {
    const drawn = canvases[layer];
    if (drawn !== undefined) context.drawImage(drawn, 0, 0, width * ratio, height * ratio);
  }
  context.scale(ratio, ratio);
  if (layout !== undefined) drawLegendColumn(context, layout);
  return toPng(canvas);
}

async function posterPng(sigma: WeaveSigma, legend: LegendModel, title: string): Promise<Blob> {
  const svg = renderSvg(sigma, legend, title, { poster: true });
  const size = /width="(\d+)" height="(\d+)"/.exec(svg);
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    image.src = url;
    await image.decode();
    const { canvas, context } = blankCanvas(POSTER_WIDTH, Number(size?.[2] ?? image.height));
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await toPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
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
