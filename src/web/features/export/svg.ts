import type { LegendModel } from "../graph/legend.js";
import { LEGEND_SWATCH_RADIUS, shapeParts, shapeSvg } from "../graph/shapes.js";
import type { WeaveSigma } from "../graph/views/sigma-context.js";
import { canvasMeasure, type PictureLayout, POSTER_WIDTH, pictureLayout } from "./legend-drawing.js";

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A rough measure where no canvas is at hand: 0.6 em per character. */
const roughMeasure = (text: string, bold: boolean) => text.length * (bold ? 16 : 13) * 0.6;

function legendSvg(layout: PictureLayout): string {
  const items = layout.entries
    .map(
      (entry) =>
        `<g transform="translate(${round(entry.x)} ${round(entry.y)})"><g>${shapeSvg(shapeParts(entry.kind, 8, 8, LEGEND_SWATCH_RADIUS, entry.colour))}</g><text x="24" y="12">${escapeXml(entry.label)}</text></g>`,
    )
    .join("");
  return `<rect x="${layout.mapWidth}" width="${layout.width - layout.mapWidth}" height="${layout.height}" fill="#ffffff"/>
<line x1="${layout.mapWidth + 0.5}" y1="0" x2="${layout.mapWidth + 0.5}" y2="${layout.height}" stroke="#bbbbbb"/>
<text x="${round(layout.title.x)}" y="${round(layout.title.y)}" font-size="16" font-weight="bold" fill="#222">${escapeXml(layout.title.text)}</text>
<g font-size="13" fill="#222" class="legend">${items}<text x="${round(layout.note.x)}" y="${round(layout.note.y)}" fill="#555">${escapeXml(layout.note.text)}</text></g>`;
}

/**
 * The current view as a standalone SVG: what the reducers show, where the camera looks, and the
 * title and legend in a column beside the map. A poster keeps the drawing and sets it 4000 px wide.
 */
export function renderSvg(
  sigma: WeaveSigma,
  legend: LegendModel,
  title: string,
  options: { readonly poster?: boolean } = {},
): string {
  const { width, height } = sigma.getDimensions();
  const scratch = document.createElement("canvas").getContext("2d");
  const layout = pictureLayout(
    { width, height },
    legend,
    title,
    scratch === null ? roughMeasure : canvasMeasure(scratch),
  );
  const scale = options.poster === true ? POSTER_WIDTH / layout.width : 1;
  const graph = sigma.getGraph();
  const parts: string[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(edge);
    const from = sigma.getNodeDisplayData(source);
    const to = sigma.getNodeDisplayData(target);
    if (data === undefined || data.hidden || from === undefined || to === undefined || from.hidden || to.hidden) return;
    const a = sigma.framedGraphToViewport(from);
    const b = sigma.framedGraphToViewport(to);
    parts.push(
      `<line x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(b.x)}" y2="${round(b.y)}" stroke="${data.color}" stroke-width="${data.size}"/>`,
    );
  });
  const labels: string[] = [];
  graph.forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (data === undefined || data.hidden) return;
    const at = sigma.framedGraphToViewport(data);
    const r = sigma.scaleSize(data.size);
    parts.push(shapeSvg(shapeParts(data.type, at.x, at.y, r, data.color)));
    if (data.label && (data.forceLabel || r >= 6)) {
      labels.push(`<text x="${round(at.x + r + 3)}" y="${round(at.y + 4)}">${escapeXml(data.label)}</text>`);
    }
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(layout.width * scale)}" height="${Math.round(layout.height * scale)}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="system-ui, sans-serif">
<rect width="100%" height="100%" fill="#ffffff"/>
<g>${parts.join("")}</g>
<g font-size="12" fill="#222">${labels.join("")}</g>
${legendSvg(layout)}
</svg>
`;
}
